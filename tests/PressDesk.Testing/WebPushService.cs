using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
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

public sealed record TestSubscription(string Endpoint, string P256dh, string Auth, string ClientHash)
{
    // The browser's PushSubscription.toJSON(), as push.js posts it.
    public object Json => new { endpoint = Endpoint, expirationTime = (long?)null, keys = new { p256dh = P256dh, auth = Auth } };
}

// A real Web Push service on loopback: the npm package web-push-testing (RFC 8030/8291/8292: it
// refuses a push whose VAPID signature or key does not match the subscription and decrypts the
// aes128gcm payload), run as a child process on a free port; tests/run.sh installs it in
// tests/.tools. Subscriptions it makes point at a front door in this process, which records the
// headers of each push (the Authorization scheme, Urgency, TTL) and can fail or rate-limit the
// next pushes before passing the rest on unchanged. One per test class; ResetAsync per test.
public sealed class WebPushService : IAsyncLifetime, IAsyncDisposable
{
    private static readonly HttpClient Http = new();
    private Process? _process;
    private WebApplication? _front;
    private int _port;
    private int _failuresLeft;
    private int _rateLimitedLeft;
    private int _tooLargeLeft;
    private int _attempts;

    public string FrontUrl { get; private set; } = "";

    // The entry tests add to PressDesk:Push:AllowedEndpointHosts: plain http, this host only.
    public const string AllowedHost = "http://127.0.0.1";

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Headers { get; } = new();

    public int Attempts => Volatile.Read(ref _attempts);

    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    public static string ServerScript => Path.Combine(AppProcess.FindRepositoryRoot(), "tests", ".tools", "node_modules", "web-push-testing", "src", "bin", "server.js");

    public static async Task<WebPushService> StartAsync()
    {
        var service = new WebPushService();
        await service.InitializeAsync();
        return service;
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ServerScript))
            throw new InvalidOperationException($"The push tests need web-push-testing at {ServerScript}: run tests/run.sh (it installs it), or 'npm install --prefix tests/.tools web-push-testing@1.2.2'.");
        _port = Loopback.FreePort();
        var start = new ProcessStartInfo("node", [ServerScript, _port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        // Its clock only checks that the VAPID token has not expired; a moved clock under faketime is not what it tests.
        foreach (var variable in start.Environment.Keys.Where(k => k == "LD_PRELOAD" || k.StartsWith("FAKETIME", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(variable);
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var process = _process;
        if (!await Loopback.WaitUntilListeningAsync(_port, () => process.HasExited))
            throw new InvalidOperationException($"web-push-testing did not listen on port {_port}: {(process.HasExited ? await process.StandardError.ReadToEndAsync() : "")}");
        await StartFrontAsync();
    }

    public void FailNext(int count) => _failuresLeft = count;

    public void RateLimitNext(int count) => _rateLimitedLeft = count;

    public const int MaxBodyBytes = 4096;

    public void RefuseAsTooLargeNext(int count) => _tooLargeLeft = count;

    public void Reset()
    {
        Headers.Clear();
        _failuresLeft = _rateLimitedLeft = _tooLargeLeft = _attempts = 0;
    }

    public async Task<TestSubscription> SubscribeAsync(string applicationServerKey)
    {
        using var response = await Http.PostAsJsonAsync($"http://127.0.0.1:{_port}/subscribe",
            new { userVisibleOnly = "true", applicationServerKey });
        var data = (await response.Content.ReadFromJsonAsync<JsonNode>())?["data"]
            ?? throw new InvalidOperationException($"web-push-testing refused the subscription: {response.StatusCode}");
        var hash = (string)data["clientHash"]!;
        return new TestSubscription($"{FrontUrl}/notify/{hash}", (string)data["keys"]!["p256dh"]!, (string)data["keys"]!["auth"]!, hash);
    }

    // What arrived for a subscription, decrypted, in order.
    public async Task<IReadOnlyList<JsonNode>> NotificationsAsync(TestSubscription subscription)
    {
        using var response = await Http.PostAsJsonAsync($"http://127.0.0.1:{_port}/get-notifications", new { clientHash = subscription.ClientHash });
        response.EnsureSuccessStatusCode();
        var messages = (await response.Content.ReadFromJsonAsync<JsonNode>())!["data"]!["messages"]!.AsArray();
        return messages.Select(m => JsonNode.Parse((string)m!)!).ToList();
    }

    // The browser unsubscribed: pushes to it get 410 from now on.
    public async Task ExpireAsync(TestSubscription subscription)
    {
        using var response = await Http.PostAsync($"http://127.0.0.1:{_port}/expire-subscription/{subscription.ClientHash}", null);
        response.EnsureSuccessStatusCode();
    }

    private async Task StartFrontAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/notify/{hash}", ForwardAsync);
        await app.StartAsync();
        FrontUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _front = app;
    }

    private async Task<IResult> ForwardAsync(string hash, HttpRequest request)
    {
        Interlocked.Increment(ref _attempts);
        Headers.Enqueue(request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        // As FCM and Mozilla's autopush: a body over the Web Push limit is refused.
        if (body.Length > MaxBodyBytes || Interlocked.Decrement(ref _tooLargeLeft) >= 0) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (Interlocked.Decrement(ref _rateLimitedLeft) >= 0)
        {
            request.HttpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        using var forward = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{_port}/notify/{hash}")
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        foreach (var (name, value) in request.Headers)
        {
            if (name is "Host" or "Content-Length" or "Transfer-Encoding") continue;
            if (!forward.Headers.TryAddWithoutValidation(name, value.ToArray())) forward.Content.Headers.TryAddWithoutValidation(name, value.ToArray());
        }
        using var answer = await Http.SendAsync(forward);
        return Results.Text(await answer.Content.ReadAsStringAsync(), "application/json", statusCode: (int)answer.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (_front is not null) await _front.DisposeAsync();
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.Dispose();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
