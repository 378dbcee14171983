namespace PressDesk.Requests;

public sealed class ResponseTimeOptions
{
    public const string Section = "PressDesk:ResponseTime";

    // How fast we aim to call back, counted from when the message was left.
    public TimeSpan Target { get; set; } = TimeSpan.FromMinutes(30);

    // When the clock turns amber, also counted from when the message was left.
    public TimeSpan WarnAfter { get; set; } = TimeSpan.FromMinutes(15);

    // How long before the journalist's deadline the deadline alert fires, if still unanswered.
    public TimeSpan DeadlineLead { get; set; } = TimeSpan.FromMinutes(30);
}
