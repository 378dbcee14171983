using Microsoft.Extensions.Time.Testing;

namespace PressDesk.Tests.Infrastructure;

// A fresh app per test on a fake clock that starts at PressDeskApp.DefaultStart (14:05 UTC; pages show UTC).
// Client is the owner signed in through the form; Api carries the bootstrap API key. Neither
// follows redirects, so tests can see where a form sends the user.
public abstract class AppTest : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = PressDeskApp.DefaultStart;

    protected AppTest(IDictionary<string, string?>? settings = null, bool backgroundWorkers = true) =>
        App = new PressDeskApp(time: Time, settings: settings, backgroundWorkers: backgroundWorkers);

    protected FakeTimeProvider Time { get; } = new(Now);

    protected PressDeskApp App { get; }

    protected HttpClient Client { get; private set; } = null!;

    protected HttpClient Api { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Client = await App.CreateSignedInClientAsync();
        Api = App.CreateApiClient();
    }

    public virtual async Task DisposeAsync() => await App.DisposeAsync();
}
