using System.Globalization;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

// What will be lost first is listed first (docs: README, "What it does").
public sealed class DashboardOrderTests() : AppTest(backgroundWorkers: false)
{
    [Fact]
    public async Task Past_target_requests_come_first_by_nearest_deadline_then_by_time_waiting_then_the_others()
    {
        var lateNoDeadline = await LogAsync(-50, null);
        var lateDeadlineLater = await LogAsync(-40, 90);
        var lateDeadlineSoon = await LogAsync(-35, 10);
        var alsoLateNoDeadline = await LogAsync(-45, null);
        var onTimeDeadlineSoon = await LogAsync(-5, 3);
        var onTimeOlder = await LogAsync(-20, null);

        var cards = (await Client.GetPageAsync("/")).QuerySelectorAll("#open-requests .card")
            .Select(c => long.Parse(c.GetAttribute("data-request-id")!, CultureInfo.InvariantCulture));

        Assert.Equal([lateDeadlineSoon, lateDeadlineLater, lateNoDeadline, alsoLateNoDeadline, onTimeOlder, onTimeDeadlineSoon], cards);
    }

    private async Task<long> LogAsync(int receivedMinutes, int? deadlineMinutes) =>
        (long)(await (await Api.PostJsonAsync("/api/requests",
            ApiClient.Claire(Now.AddMinutes(receivedMinutes), deadlineMinutes is { } d ? Now.AddMinutes(d) : null))).JsonAsync())["id"]!;
}
