using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Web;

// A body over the server's limit (Kestrel's 30 MB) is answered 413 before it is read: problem details
// for the API, the error page in the layout for a form, and a single line in the log, no stack trace.
// Real HTTP on a loopback socket, since the in-process test server has no body limit.
public sealed class BodySizeLimitTests : IAsyncLifetime
{
    private const int FortyMegabytes = 40 * 1024 * 1024;
    private readonly LoggedApp _app = new();
    private string _address = "";

    public Task InitializeAsync()
    {
        _address = Browser.Serve(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_40_MB_api_body_gets_413_problem_details()
    {
        using var api = new HttpClient { BaseAddress = new Uri(_address) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", PressDeskApp.ApiKey);
        var body = new ByteArrayContent(JsonOfSize(FortyMegabytes));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await api.PostAsync("/api/requests", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(413, (int)problem["status"]!);
        Assert.Equal("The request body is too large.", (string?)problem["title"]);
        Assert.Contains("30 MB", (string?)problem["detail"]);
        Assert.Equal(0, await _app.Database.ScalarAsync<long>("SELECT count(*) FROM requests"));
        NoErrorLogged();
    }

    [Fact]
    public async Task A_40_MB_api_body_sent_in_chunks_is_refused_without_an_error_logged()
    {
        using var api = new HttpClient { BaseAddress = new Uri(_address) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", PressDeskApp.ApiKey);
        var body = new StreamContent(new MemoryStream(JsonOfSize(FortyMegabytes)));   // no length: chunked
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        try
        {
            using var response = await api.PostAsync("/api/requests", body);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException)
        {
            // The size shows only as the body comes: the server may close before the client reads its answer.
        }

        Assert.Equal(0, await _app.Database.ScalarAsync<long>("SELECT count(*) FROM requests"));
        NoErrorLogged();
    }

    [Fact]
    public async Task A_40_MB_form_post_gets_the_413_page()
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            { BaseAddress = new Uri(_address) };
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword)).StatusCode);
        var token = (await browser.GetPageAsync("/requests/new")).AntiforgeryToken();
        var form = new ByteArrayContent(Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}&Input.Topic=")
            .Concat(Enumerable.Repeat((byte)'x', FortyMegabytes)).ToArray());
        form.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/requests/new") { Content = form };
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("Envoi trop volumineux", page.Text("main h1"));
        Assert.Contains("30 Mo", page.Text("main"));
        Assert.NotNull(page.QuerySelector("header.top nav a[href='/requests']"));   // in the layout
        Assert.Equal(0, await _app.Database.ScalarAsync<long>("SELECT count(*) FROM requests"));
        NoErrorLogged();
    }

    private void NoErrorLogged()
    {
        var errors = _app.Logs.Where(l => l.Level >= LogLevel.Error || l.Exception is not null).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}")));
        Assert.Contains(_app.Logs, l => l.Level == LogLevel.Information && l.Message.Contains("over the 30 MB limit", StringComparison.Ordinal));
    }

    private static byte[] JsonOfSize(int size)
    {
        var head = """"{"journalist":{"name":"Claire"},"channel":"phone","topic":""""u8.ToArray();
        var body = new byte[size];
        head.CopyTo(body, 0);
        body.AsSpan(head.Length, size - head.Length - 2).Fill((byte)'x');
        "\"}"u8.CopyTo(body.AsSpan(size - 2));
        return body;
    }

    public sealed record LogLine(LogLevel Level, string Category, string Message, Exception? Exception);

    // PressDesk as installed (Production: the exception handler, not the developer page), every log line kept.
    private sealed class LoggedApp : PressDeskApp
    {
        public ConcurrentQueue<LogLine> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new Collector(Logs)));
        }
    }

    private sealed class Collector(ConcurrentQueue<LogLine> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines, categoryName);
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<LogLine> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception), exception));
        }
    }
}
