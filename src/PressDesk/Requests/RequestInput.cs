namespace PressDesk.Requests;

// What a person or an integration sends to log a request, before validation.
// Property names double as the keys of validation errors.
public sealed class RequestInput
{
    public long? JournalistId { get; set; }
    public string? JournalistName { get; set; }
    public string? Outlet { get; set; }
    public string? JournalistPhone { get; set; }
    public string? JournalistEmail { get; set; }
    public string? Topic { get; set; }
    public string? Question { get; set; }
    public string? Channel { get; set; }
    public DateTimeOffset? ReceivedAt { get; set; }
    public DateTimeOffset? Deadline { get; set; }
}

public sealed class ResponseInput
{
    public DateTimeOffset? RespondedAt { get; set; }
    public bool Declined { get; set; }
    public string? Note { get; set; }
}
