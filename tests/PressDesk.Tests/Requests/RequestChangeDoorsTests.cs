using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PressDesk.Intake;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Requests;

// Every door that changes a request tells an open dashboard. The alert workers are off, so the
// only thing that can send "requests" down the stream is the change itself.
public sealed class RequestChangeDoorsTests() : AppTest(backgroundWorkers: false)
{
    [Fact]
    public async Task Logging_through_the_form_reaches_an_open_dashboard() =>
        await AssertDashboardToldAsync(async () =>
        {
            var form = await Client.GetPageAsync("/requests/new");
            var response = await Client.PostFormAsync("/requests/new", form, new Dictionary<string, string>
            {
                ["Input.JournalistName"] = "Claire Martin", ["Input.Outlet"] = "Les Echos", ["Input.Topic"] = "Tariffs",
                ["Input.Question"] = "", ["Input.Channel"] = "phone", ["Input.ReceivedAt"] = Now.ToFormValue(), ["Input.Deadline"] = "",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        });

    [Fact]
    public async Task Logging_through_the_api_reaches_an_open_dashboard() =>
        await AssertDashboardToldAsync(() => Api.RequestAsync(Now.AddMinutes(-3)));

    [Fact]
    public async Task Logging_through_intake_reaches_an_open_dashboard() =>
        await AssertDashboardToldAsync(async () =>
        {
            var raw = Encoding.UTF8.GetBytes($"""
                From: Claire Martin <claire@lesechos.test>
                Subject: Tariffs
                Date: {Now.AddMinutes(-2).ToMailDate()}
                Message-ID: <door@lesechos.test>
                Content-Type: text/plain; charset=utf-8

                Will households pay more?
                """.Replace("\n", "\r\n"));
            var mail = await MimeMessage.LoadAsync(new MemoryStream(raw));
            var pipeline = App.Services.GetRequiredService<IntakePipeline>();
            Assert.IsType<IntakeOutcome.Stored>(await pipeline.IngestAsync(EmailReader.Read(mail, IntakeSource.Drop, "door.eml", raw)));
        });

    [Fact]
    public async Task Responding_on_the_request_page_reaches_an_open_dashboard()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        await AssertDashboardToldAsync(async () =>
        {
            var page = await Client.GetPageAsync($"/requests/{id}");
            var response = await Client.PostFormAsync($"/requests/{id}", page,
                new Dictionary<string, string> { ["RespondedAt"] = Now.ToFormValue(), ["Note"] = "" }, "Respond");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        });
    }

    [Fact]
    public async Task Correcting_a_request_reaches_an_open_dashboard()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        var page = await Client.GetPageAsync($"/requests/{id}/edit");
        await AssertDashboardToldAsync(async () =>
        {
            var response = await Client.PostFormAsync($"/requests/{id}/edit", page, new Dictionary<string, string>
            {
                ["Input.JournalistId"] = "", ["Input.JournalistName"] = "Claire Martin", ["Input.Outlet"] = "Les Echos",
                ["Input.Topic"] = "Corrected topic", ["Input.Question"] = "", ["Input.Channel"] = "phone",
                ["Input.ReceivedAt"] = Now.AddMinutes(-5).ToFormValue(), ["Input.Deadline"] = "",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        });
    }

    [Fact]
    public async Task Reopening_a_request_reaches_an_open_dashboard()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-10), TimeSpan.FromMinutes(2));
        var page = await Client.GetPageAsync($"/requests/{id}");
        await AssertDashboardToldAsync(async () =>
            Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/requests/{id}", page, new Dictionary<string, string>(), "Reopen")).StatusCode));
    }

    [Fact]
    public async Task Deleting_a_request_reaches_an_open_dashboard()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-10));
        var page = await Client.GetPageAsync($"/requests/{id}/delete");
        await AssertDashboardToldAsync(async () =>
            Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/requests/{id}/delete", page,
                new Dictionary<string, string> { ["Confirm"] = "true" })).StatusCode));
    }

    [Fact]
    public async Task Saving_on_the_prep_page_reaches_an_open_dashboard()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        var page = await Client.GetPageAsync($"/requests/{id}/prep"); // opening it is a change of its own
        await AssertDashboardToldAsync(async () =>
        {
            var response = await Client.PostFormAsync($"/requests/{id}/prep", page,
                new Dictionary<string, string> { ["KeyPoints[0].Text"] = "Prices follow the wholesale market" }, "Save");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        });
    }

    [Fact]
    public async Task Saving_through_the_prep_api_reaches_an_open_dashboard()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        await AssertDashboardToldAsync(async () =>
        {
            var response = await Api.PutAsJsonAsync($"/api/requests/{id}/prep",
                new { keyPoints = new[] { new { text = "Prices follow the market", phrasings = Array.Empty<string>() } } });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
    }

    [Fact]
    public async Task Recording_an_interview_reaches_an_open_dashboard()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-30), TimeSpan.FromMinutes(10));
        await AssertDashboardToldAsync(async () =>
            Assert.Equal(HttpStatusCode.Redirect,
                (await Client.SaveInterviewAsync(id, "Conversation", Now, new StatementRow("Prices will rise.", "OnRecord"))).StatusCode));
    }

    [Fact]
    public async Task Recording_a_publication_reaches_an_open_dashboard()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-30), TimeSpan.FromMinutes(10));
        await AssertDashboardToldAsync(async () =>
            Assert.Equal(HttpStatusCode.Redirect, (await Client.SavePublicationAsync(id, "Tariffs rise", quoted: true, "Text")).StatusCode));
    }

    [Fact]
    public async Task Merging_journalists_reaches_an_open_dashboard()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddMinutes(-9), name: "Claire Martin");
        var (_, removed) = await Api.RequestAsync(Now.AddMinutes(-8), name: "C. Martin");
        var other = new Dictionary<string, string> { ["Other"] = removed.ToString(CultureInfo.InvariantCulture) };
        var page = await Client.GetPageAsync($"/journalists/{kept}/merge");
        // The first post only shows what would move: the event must come from the confirmation.
        var preview = await Client.PostFormAsync($"/journalists/{kept}/merge", page, other);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        await AssertDashboardToldAsync(async () =>
        {
            var response = await Client.PostFormAsync($"/journalists/{kept}/merge", await Forms.ParseAsync(preview),
                new Dictionary<string, string>(other) { ["Confirm"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        });
    }

    [Fact]
    public async Task Erasing_a_journalist_reaches_an_open_dashboard()
    {
        var (_, journalist) = await Api.RequestAsync(Now.AddMinutes(-9));
        await AssertDashboardToldAsync(async () =>
        {
            var page = await Client.GetPageAsync($"/journalists/{journalist}/erase");
            var response = await Client.PostFormAsync($"/journalists/{journalist}/erase", page,
                new Dictionary<string, string> { ["Confirm"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        });
    }

    private async Task AssertDashboardToldAsync(Func<Task> door)
    {
        await using var dashboard = await OpenDashboard.OpenAsync(Client);
        await door();
        Assert.True(await dashboard.ReceivesAsync("requests", TimeSpan.FromSeconds(10)),
            "The open dashboard's stream got no 'requests' event for this change.");
    }
}
