namespace PressDesk.Data;

// Timestamps are stored as UTC Unix milliseconds and converted here, explicitly,
// because Dapper's DateTimeOffset handling on SQLite is unreliable.
public static class UnixTime
{
    public static long ToUnixMs(this DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? ToUnixMs(this DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static DateTimeOffset? FromUnixMs(long? value) => value is { } ms ? FromUnixMs(ms) : null;
}
