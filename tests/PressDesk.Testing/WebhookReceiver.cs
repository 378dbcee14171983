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
using Xunit;

namespace PressDesk.Testing;

public enum ReceiverMode
{
    Up,         // answers 200 and records the payload
    Refused,    // nothing listens on the port: connection refused
    Failing,    // answers 503
    Hanging,    // accepts the request and never answers: only the sender's timeout ends it
}

// The one stand-in for a chat tool's incoming webhook: a real HTTP server on a fixed 127.0.0.1
// port that can be up, refusing connections, failing or hanging, or fail just its next requests.
// It records what it accepted, before answering, so whatever PressDesk sends twice shows up.
// As a class fixture, each test starts from ResetAsync().
public sealed class WebhookReceiver : IAsyncLifetime, IAsyncDisposable
{
    private WebApplication? _app;
    private int _port;
    private int _failuresLeft;
    private volatile ReceiverMode _mode = ReceiverMode.Up;
    private CancellationTokenSource _hung = new();

    public ConcurrentQueue<JsonNode> Received { get; } = new();

    // How many times each alertId was accepted.
    public ConcurrentDictionary<long, int> Accepted { get; } = new();

    public IEnumerable<long> Duplicates => Accepted.Where(kv => kv.Value > 1).Select(kv => kv.Key);

    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    // Released once each time a request is parked in Hanging mode, so a test advances its fake
    // clock only when the sender is really waiting.
    public SemaphoreSlim Parked { get; } = new(0);

    public string Url => $"http://127.0.0.1:{_port}/hook";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        await receiver.InitializeAsync();
        return receiver;
    }

    public Task InitializeAsync() => ListenAsync();

    public void FailNext(int count) => _failuresLeft = count;

    public async Task ResetAsync()
    {
        await SwitchAsync(ReceiverMode.Up);
        Received.Clear();
        Accepted.Clear();
        _attempts = 0;
        _failuresLeft = 0;
        while (Parked.CurrentCount > 0) await Parked.WaitAsync();
    }

    public async Task SwitchAsync(ReceiverMode mode)
    {
        if (_mode == ReceiverMode.Hanging && mode != ReceiverMode.Hanging)
        {
            await _hung.CancelAsync();
            _hung = new CancellationTokenSource();
        }
        _mode = mode;
        if (mode == ReceiverMode.Refused && _app is not null) await StopAsync();
        else if (mode != ReceiverMode.Refused && _app is null) await ListenAsync();
    }

    private async Task ListenAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, _port));
        var app = builder.Build();
        app.MapPost("/hook", HandleAsync);
        await app.StartAsync();
        _port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        _app = app;
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _attempts);
        var payload = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!;
        if (_mode == ReceiverMode.Hanging)
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(_hung.Token, request.HttpContext.RequestAborted);
            Parked.Release();
            try { await Task.Delay(Timeout.Infinite, both.Token); } catch (OperationCanceledException) { }
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (_mode == ReceiverMode.Failing || Interlocked.Decrement(ref _failuresLeft) >= 0)
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);

        if (payload["alertId"] is { } alertId) Accepted.AddOrUpdate((long)alertId, 1, (_, n) => n + 1);
        Received.Enqueue(payload);
        return Results.Ok();
    }

    private async Task StopAsync()
    {
        await _app!.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public async Task DisposeAsync()
    {
        await _hung.CancelAsync();
        if (_app is not null) await StopAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
