using PressDesk.Localization;
using PressDesk.Requests;

namespace PressDesk.Tests.Requests;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("fr", 45, "45 s")]
    [InlineData("fr", 12 * 60, "12 min")]
    [InlineData("en", 2 * 3600 + 5 * 60, "2 h 05 min")]
    [InlineData("en", 3 * 86400 + 4 * 3600, "3 d 4 h")]
    [InlineData("fr", 3 * 86400 + 4 * 3600, "3 j 4 h")]
    [InlineData("fr", 30 * 86400, "30 j")]
    [InlineData("en", -(12 * 60), "-12 min")]
    public void Durations_are_short_and_drop_a_zero_hour(string language, int seconds, string expected)
    {
        using var _ = Languages.Use(Languages.Find(language)!);
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromSeconds(seconds)));
    }
}
