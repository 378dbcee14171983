namespace PressDesk.Journalists;

public sealed class PitchingOptions
{
    public const string Section = "PressDesk:Pitching";

    // How long after a pitch PressDesk warns before pitching the same journalist again.
    public TimeSpan Cooldown { get; set; } = TimeSpan.FromDays(30);
}
