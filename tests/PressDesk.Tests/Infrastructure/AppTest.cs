using Microsoft.Extensions.Time.Testing;

namespace PressDesk.Tests.Infrastructure;

// A fresh app per test on a fake clock that starts at PressDeskApp.DefaultStart (14:05 UTC; pages show UTC).
// The client does not follow redirects, so tests can see where a form sends the user.
public abstract class AppTest : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = PressDeskApp.DefaultStart;

    protected AppTest(IDictionary<string, string?>? settings = null) =>
        App = new PressDeskApp(time: Time, settings: settings);

    protected FakeTimeProvider Time { get; } = new(Now);

    protected PressDeskApp App { get; }

    protected HttpClient Client { get; private set; } = null!;

    public virtual Task InitializeAsync()
    {
        Client = App.CreateClient(new() { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await App.DisposeAsync();
}
