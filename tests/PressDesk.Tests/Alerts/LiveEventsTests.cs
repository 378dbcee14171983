using System.Text.Json.Nodes;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

public class LiveEventsTests : AlertTest
{
    [Fact]
    public async Task An_open_dashboard_stream_gets_request_changes_and_alerts()
    {
        using var response = await Client.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("ready", (await NextEventAsync(reader)).Type);

        var id = await LogAsync(Now.AddMinutes(-16));
        Assert.Equal("requests", (await NextEventAsync(reader)).Type);

        await PassAsync();
        var alert = await NextEventAsync(reader);
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

    private static async Task<(string Type, JsonNode Data)> NextEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? type = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ")) type = line["event: ".Length..];
            else if (line.StartsWith("data: ")) return (type ?? "message", JsonNode.Parse(line["data: ".Length..])!);
        }
        throw new EndOfStreamException();
    }
}
