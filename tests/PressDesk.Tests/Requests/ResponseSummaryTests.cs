using PressDesk.Requests;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

public class ResponseSummaryTests
{
    private static readonly DateTimeOffset Now = PressDeskApp.DefaultStart;
    private static readonly ResponseTimeOptions Defaults = new();

    [Fact]
    public void Median_and_share_within_target_count_only_what_is_decided()
    {
        var requests = new List<(DateTimeOffset, DateTimeOffset?)>
        {
            (Now.AddHours(-5), Now.AddHours(-5).AddMinutes(10)),   // met
            (Now.AddHours(-4), Now.AddHours(-4).AddMinutes(20)),   // met
            (Now.AddHours(-3), Now.AddHours(-3).AddMinutes(50)),   // late
            (Now.AddHours(-2), null),                              // overdue, unanswered
            (Now.AddMinutes(-5), null),                            // still on time: not decided yet
        };

        var summary = ResponseSummary.From(requests, Defaults, Now);

        Assert.Equal(5, summary.Requests);
        Assert.Equal(3, summary.Answered);
        Assert.Equal(TimeSpan.FromMinutes(20), summary.MedianResponse);
        Assert.Equal(0.5, summary.ShareWithinTarget);
    }

    [Fact]
    public void Even_counts_take_the_mean_of_the_middle_two()
    {
        var requests = new List<(DateTimeOffset, DateTimeOffset?)>
        {
            (Now.AddHours(-5), Now.AddHours(-5).AddMinutes(10)),
            (Now.AddHours(-4), Now.AddHours(-4).AddMinutes(20)),
        };

        Assert.Equal(TimeSpan.FromMinutes(15), ResponseSummary.From(requests, Defaults, Now).MedianResponse);
    }

    [Fact]
    public void No_requests_give_no_figures_rather_than_zeros()
    {
        var summary = ResponseSummary.From([], Defaults, Now);

        Assert.Equal(0, summary.Requests);
        Assert.Null(summary.MedianResponse);
        Assert.Null(summary.ShareWithinTarget);
    }
}
