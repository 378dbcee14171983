using System.Globalization;
using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

public class RequestPageTests : AppTest
{
    private async Task<long> LogAsync(int minutesAgo, string topic = "Tariff", string name = "Claire Martin")
    {
        var created = await (await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name, outlet = "Les Echos" },
            topic,
            channel = "phone",
            receivedAt = Now.AddMinutes(-minutesAgo),
        })).JsonAsync();
        return (long)created["id"]!;
    }

    [Fact]
    public async Task Mark_responded_records_the_response_time()
    {
        var id = await LogAsync(12);
        var page = await Client.GetPageAsync($"/requests/{id}");

        var response = await Client.PostFormAsync($"/requests/{id}", page,
            new Dictionary<string, string> { ["RespondedAt"] = page.QuerySelector("#RespondedAt")!.GetAttribute("value")! }, "Respond");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal("Responded", page.Text("#status"));
        Assert.Equal("12 min", page.Text("#response-time"));
        Assert.Equal("Met", page.QuerySelector("[data-clock]")!.GetAttribute("data-state"));
        Assert.Null(page.QuerySelector("#mark-responded"));
    }

    [Fact]
    public async Task A_response_typed_in_the_minute_the_message_was_left_counts_from_then()
    {
        Time.Advance(TimeSpan.FromSeconds(40));
        var id = await LogAsync(0);   // left at 14:05:40
        Time.Advance(TimeSpan.FromMinutes(3));
        var page = await Client.GetPageAsync($"/requests/{id}");

        await Client.PostFormAsync($"/requests/{id}", page, new Dictionary<string, string> { ["RespondedAt"] = Now.ToFormValue() }, "Respond");

        page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal("0 s", page.Text("#response-time"));
    }

    [Fact]
    public async Task Decline_is_a_timed_response()
    {
        var id = await LogAsync(3);
        var page = await Client.GetPageAsync($"/requests/{id}");

        await Client.PostFormAsync($"/requests/{id}", page, new Dictionary<string, string> { ["RespondedAt"] = "" }, "Decline");

        page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal("Declined", page.Text("#status"));
        Assert.Equal("3 min", page.Text("#response-time"));
    }

    [Fact]
    public async Task A_response_before_the_message_was_left_is_refused_with_a_message()
    {
        var id = await LogAsync(10);
        var page = await Client.GetPageAsync($"/requests/{id}");

        var response = await Client.PostFormAsync($"/requests/{id}", page,
            new Dictionary<string, string> { ["RespondedAt"] = Now.AddMinutes(-65).ToFormValue() }, "Respond");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The response cannot be before the message was left.", (await Forms.ParseAsync(response)).Text(".errors"));
        Assert.Equal("New", (await Client.GetPageAsync($"/requests/{id}")).Text("#status"));
    }

    [Fact]
    public async Task An_unknown_request_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/requests/4242")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_lists_open_requests_most_urgent_first_with_their_clock_state()
    {
        var fresh = await LogAsync(5, "Fresh");
        var overdue = await LogAsync(40, "Overdue");
        var warning = await LogAsync(20, "Warning");
        var answered = await LogAsync(8, "Answered");
        await Api.PostJsonAsync($"/api/requests/{answered}/response", new { });

        var dashboard = await Client.GetPageAsync("/");

        var cards = dashboard.QuerySelectorAll("#open-requests .card").ToList();
        Assert.Equal([overdue, warning, fresh], cards.Select(c => long.Parse(c.GetAttribute("data-request-id")!, CultureInfo.InvariantCulture)));
        Assert.Equal(["Overdue", "Warning", "OnTime"], cards.Select(c => c.GetAttribute("data-state")));
        Assert.Equal("overdue by 10 min", cards[0].QuerySelector("[data-clock]")!.TextContent.Trim());
        Assert.Equal("10 min left", cards[1].QuerySelector("[data-clock]")!.TextContent.Trim());
        Assert.Equal("4", dashboard.Text("#summary-requests"));
        Assert.Equal("8 min", dashboard.Text("#summary-median"));
        Assert.Equal("50%", dashboard.Text("#summary-share").Replace(" ", ""));
    }

    [Fact]
    public async Task Third_party_text_is_encoded_wherever_it_is_shown()
    {
        var id = await LogAsync(2, topic: "<img src=x onerror=alert(1)>", name: "<script>alert('x')</script>");

        foreach (var url in new[] { "/", $"/requests/{id}", "/requests/new" })
        {
            var html = await Client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
        }
        Assert.Equal("<script>alert('x')</script>", (await Client.GetPageAsync($"/requests/{id}")).Text("#journalist"));
    }
}
