using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace PressDesk.Tests.Infrastructure;

// The app with every line it logs kept, message, exception and structured values, so a test can
// say a secret (a token, an endpoint, a password) never reaches a log. At the app's configured
// levels by default — what an operator's log would hold — or at every level with everyLevel.
public sealed class LoggedApp(
    FakeTimeProvider time, IDictionary<string, string?>? settings = null, bool backgroundWorkers = true, bool everyLevel = false)
    : PressDeskApp(time: time, settings: settings, backgroundWorkers: backgroundWorkers)
{
    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging =>
        {
            if (everyLevel) logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new Collector(Logs));
        });
    }

    private sealed class Collector(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines, categoryName);
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception} {string.Join(' ', (state as IEnumerable<KeyValuePair<string, object?>>)?.Select(p => p.Value) ?? [])}");
        }
    }
}
