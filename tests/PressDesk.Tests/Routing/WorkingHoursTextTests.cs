using PressDesk.Routing;

namespace PressDesk.Tests.Routing;

// A day's hours as people type them, in French and English habits, and what is refused.
public sealed class WorkingHoursTextTests
{
    [Theory]
    [InlineData("09:00–12:30, 13:30–18:00")]
    [InlineData("9h-12h30, 13h30-18h")]
    [InlineData("9h–12h30 13h30–18h")]
    [InlineData("09:00 - 12:30 ; 13:30 - 18:00")]
    [InlineData("9.00-12.30 et 13.30-18.00")]
    [InlineData("9h à 12h30, 13h30 à 18h")]
    [InlineData("13:30—18:00, 09:00—12:30")]   // em dashes, out of order
    public void The_usual_ways_of_writing_office_hours_read_the_same(string text)
    {
        var day = WorkingHoursText.Parse(text);
        Assert.True(day.IsValid, $"{day.Problem} {day.Culprit}");
        Assert.Equal([(540, 750), (810, 1080)], day.Ranges);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_is_a_day_off(string? text)
    {
        var day = WorkingHoursText.Parse(text);
        Assert.True(day.IsValid);
        Assert.Empty(day.Ranges);
    }

    [Fact]
    public void Midnight_ends_a_day_as_24_00()
    {
        Assert.Equal([(1200, 1440)], WorkingHoursText.Parse("20:00-24:00").Ranges);
        Assert.Equal([(0, 360)], WorkingHoursText.Parse("0h-6h").Ranges);
        Assert.Equal(HoursProblem.NotATime, WorkingHoursText.Parse("24:00-06:00").Problem);   // 24:00 only ends a day
    }

    [Theory]
    [InlineData("25:00-26:00", "25:00")]
    [InlineData("9h-12h75", "12h75")]
    [InlineData("9:5-12", "9:5")]
    [InlineData("nine-twelve", "nine")]
    public void A_time_that_is_not_one_is_named(string text, string culprit)
    {
        var day = WorkingHoursText.Parse(text);
        Assert.Equal((HoursProblem.NotATime, culprit), (day.Problem, day.Culprit));
        Assert.Empty(day.Ranges);
    }

    [Theory]
    [InlineData("9h", "9h")]
    [InlineData("9-", "9-")]
    [InlineData("9-12-14", "9-12-14")]
    [InlineData("09:00–12:30, lunch", "lunch")]
    public void Something_that_is_not_a_range_is_named(string text, string culprit)
    {
        var day = WorkingHoursText.Parse(text);
        Assert.Equal((HoursProblem.NotARange, culprit), (day.Problem, day.Culprit));
    }

    [Theory]
    [InlineData("18:00-09:00", "18:00–09:00")]
    [InlineData("12h-12h", "12:00–12:00")]
    public void A_range_that_ends_before_it_starts_is_refused(string text, string culprit)
    {
        var day = WorkingHoursText.Parse(text);
        Assert.Equal((HoursProblem.EndsBeforeStart, culprit), (day.Problem, day.Culprit));
    }

    [Fact]
    public void Overlapping_ranges_are_refused_and_both_named()
    {
        var day = WorkingHoursText.Parse("13:00-18:00, 09:00-14:00");
        Assert.Equal((HoursProblem.Overlap, "09:00–14:00", "13:00–18:00"), (day.Problem, day.Culprit, day.Other));
        Assert.Equal(HoursProblem.Overlap, WorkingHoursText.Parse("9-12, 9-12").Problem);
    }

    [Fact]
    public void Ranges_that_touch_do_not_overlap()
    {
        Assert.Equal([(540, 720), (720, 1080)], WorkingHoursText.Parse("9-12, 12-18").Ranges);
    }

    [Fact]
    public void What_is_read_formats_back_to_the_canonical_text()
    {
        var day = WorkingHoursText.Parse("13h30-18h 9h-12h30");
        Assert.Equal("09:00–12:30, 13:30–18:00", WorkingHoursText.Format(day.Ranges));
        Assert.Equal(day.Ranges, WorkingHoursText.Parse(WorkingHoursText.Format(day.Ranges)).Ranges);
        Assert.Equal("20:00–24:00", WorkingHoursText.Format([(1200, 1440)]));
    }
}
