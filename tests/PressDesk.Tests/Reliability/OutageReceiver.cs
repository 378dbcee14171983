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

namespace PressDesk.Tests.Reliability;

public enum ReceiverMode
{
    Up,         // answers 200 and counts the alertId
    Refused,    // nothing listens on the port: connection refused
    Failing,    // answers 500
    Hanging,    // accepts the request and never answers: only the sender's timeout ends it
}

// A webhook receiver on a fixed 127.0.0.1 port that can be switched between being up, refusing
// connections, failing and hanging. Counts per alertId only what it answered 200 to.
public sealed class OutageReceiver : IAsyncLifetime
{
    private WebApplication? _app;
    private int _port;
    private volatile ReceiverMode _mode = ReceiverMode.Up;
    private CancellationTokenSource _hung = new();

    public ConcurrentDictionary<long, int> Accepted { get; } = new();

    public int Attempts;

    // Released once each time a request is parked in Hanging mode, so a test advances its fake
    // clock only when the sender is really waiting.
    public SemaphoreSlim Parked { get; } = new(0);

    public string Url => $"http://127.0.0.1:{_port}/hook";

    public Task InitializeAsync() => StartAsync();

    public async Task ResetAsync()
    {
        await SwitchAsync(ReceiverMode.Up);
        Accepted.Clear();
        Attempts = 0;
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
        else if (mode != ReceiverMode.Refused && _app is null) await StartAsync();
    }

    private async Task StartAsync()
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
        Interlocked.Increment(ref Attempts);
        var payload = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!;
        switch (_mode)
        {
            case ReceiverMode.Up:
                Accepted.AddOrUpdate((long)payload["alertId"]!, 1, (_, n) => n + 1);
                return Results.Ok();
            case ReceiverMode.Hanging:
                using (var both = CancellationTokenSource.CreateLinkedTokenSource(_hung.Token, request.HttpContext.RequestAborted))
                {
                    Parked.Release();
                    try { await Task.Delay(Timeout.Infinite, both.Token); } catch (OperationCanceledException) { }
                }
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            default:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
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
}
