namespace PressDesk.Callbacks;

public sealed class CallbackOptions
{
    public const string Section = "PressDesk:Callbacks";

    // The member who promised the callback is reminded this long before it (push and dashboard).
    public TimeSpan RemindBefore { get; set; } = TimeSpan.FromMinutes(5);

    // A reminder a day ahead is no longer a reminder; zero or negative would fire after the time.
    public static bool IsValid(TimeSpan remindBefore) => remindBefore > TimeSpan.Zero && remindBefore <= TimeSpan.FromDays(1);
}
