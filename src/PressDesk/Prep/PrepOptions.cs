namespace PressDesk.Prep;

public sealed class PrepOptions
{
    public const string Section = "PressDesk:Prep";

    // The prep timer's target window: under TargetMin is rushed, past TargetMax is time to call back.
    public TimeSpan TargetMin { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan TargetMax { get; set; } = TimeSpan.FromMinutes(15);
}
