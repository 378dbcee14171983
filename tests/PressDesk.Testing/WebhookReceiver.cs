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

namespace PressDesk.Tests.Infrastructure;

// A real HTTP server on 127.0.0.1 standing in for a chat tool's incoming webhook. It can be told
// to fail its next requests, or to be down altogether. Shared by a test class (a class fixture):
// each test starts from Reset().
public sealed class WebhookReceiver : IAsyncLifetime
{
    private WebApplication _app = null!;
    private int _failuresLeft;

    public ConcurrentQueue<JsonNode> Received { get; } = new();

    public int Attempts;

    public bool Down { get; set; }

    public string Url { get; private set; } = "";

    public void FailNext(int count) => _failuresLeft = count;

    public void Reset()
    {
        Received.Clear();
        Attempts = 0;
        Down = false;
        _failuresLeft = 0;
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref Attempts);
            if (Down || Interlocked.Decrement(ref _failuresLeft) >= 0)
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            Received.Enqueue(JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!);
            return Results.Ok();
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = $"{address}/hook";
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
