using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PressDesk.Tests.Reliability.Crash;

// A webhook receiver on 127.0.0.1 that answers 200 to everything and counts every alertId it
// was sent, recorded before it answers: whatever PressDesk sends twice shows up here.
public sealed class AlertIdRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AlertIdRecorder(WebApplication app, string url) => (_app, Url) = (app, url);

    public string Url { get; }

    public ConcurrentDictionary<long, int> Received { get; } = new();

    public IEnumerable<long> Duplicates => Received.Where(kv => kv.Value > 1).Select(kv => kv.Key);

    public static async Task<AlertIdRecorder> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        AlertIdRecorder? recorder = null;
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            var payload = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync());
            var alertId = (long)payload!["alertId"]!;
            recorder!.Received.AddOrUpdate(alertId, 1, (_, n) => n + 1);
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return recorder = new AlertIdRecorder(app, $"{address}/hook");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
