using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

public class LiveEventsTests : AlertTest
{
    [Fact]
    public async Task An_open_dashboard_stream_gets_request_changes_and_alerts()
    {
        await using var dashboard = await OpenDashboard.OpenAsync(Client);
        Assert.Equal("text/event-stream", dashboard.MediaType);

        var id = await LogAsync(Now.AddMinutes(-16));
        Assert.Equal("requests", (await dashboard.NextAsync()).Type);

        await PassAsync();
        var alert = await dashboard.NextAsync();
        Assert.Equal("alert", alert.Type);
        Assert.Equal("warning", (string?)alert.Data["kind"]);
        Assert.Equal($"/requests/{id}", (string?)alert.Data["link"]);
        Assert.Equal("Call back soon: Claire Martin (Les Echos)", (string?)alert.Data["title"]);
    }

    [Fact]
    public async Task The_stream_needs_a_signed_in_user()
    {
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });

        // An event stream cannot follow a sign-in redirect, so it answers 401 (ASP.NET Core 10 does
        // this for non-page endpoints); an API key is not a signed-in user either.
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/events")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await Api.GetAsync("/events")).StatusCode);
    }
}
