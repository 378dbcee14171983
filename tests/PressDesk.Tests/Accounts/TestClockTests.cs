using System.Net;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

// The tests' fake clock and the machine's real one must never be compared. When they were (the
// test client's CookieContainer judged the sign-in cookie's fake-clock Expires by the real
// clock), the suite failed 127 tests the day after the fake start. These fail alone, and say why.
public class TestClockTests
{
    [Theory]
    [InlineData(-400)]
    [InlineData(-2)]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(400)]
    public async Task A_signed_in_test_client_stays_signed_in_however_far_the_fake_clock_is_from_the_real_one(int days)
    {
        var start = TimeProvider.System.GetUtcNow().AddDays(days);
        await using var app = new PressDeskApp(time: new FakeTimeProvider(start));
        var client = await app.CreateSignedInClientAsync();

        var response = await client.GetAsync("/");

        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"With the fake clock {days} days from the real one, the signed-in client got {(int)response.StatusCode} " +
            $"{response.Headers.Location}: its sign-in cookie was dropped. Is something judging the cookie's Expires " +
            "by the real clock? Test clients must keep cookies on the app's clock (ClockCookieJar).");
    }

    [Fact]
    public async Task The_test_cookie_jar_forgets_a_cookie_when_the_app_clock_passes_its_expiry()
    {
        var time = new FakeTimeProvider(PressDeskApp.DefaultStart);
        await using var app = new PressDeskApp(time: time);
        var client = await app.CreateSignedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));   // past the idle timeout and the cookie's Expires

        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task The_test_cookie_jar_keeps_path_secure_and_deletion_as_a_browser_does()
    {
        var time = new FakeTimeProvider(PressDeskApp.DefaultStart);
        var server = new SetCookieServer();
        using var client = new HttpClient(new ClockCookieJar(time) { InnerHandler = server });

        server.Next = ["a=1; path=/", "b=2; path=/admin", "c=3; path=/; secure", "d=4; max-age=60"];
        await client.GetAsync("http://localhost/");
        await client.GetAsync("http://localhost/admin/x");
        Assert.Equal(["a=1", "b=2", "d=4"], server.Sent);   // not the secure one over http
        await client.GetAsync("http://localhost/administrator");
        Assert.Equal(["a=1", "d=4"], server.Sent);          // /admin is not a prefix of /administrator
        await client.GetAsync("https://localhost/");
        Assert.Equal(["a=1", "c=3", "d=4"], server.Sent);

        time.Advance(TimeSpan.FromSeconds(61));   // d's max-age is over
        server.Next = ["a=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/"];   // and the server deletes a
        await client.GetAsync("http://localhost/");
        await client.GetAsync("http://localhost/");
        Assert.Empty(server.Sent);
    }

    private sealed class SetCookieServer : HttpMessageHandler
    {
        public string[] Next { get; set; } = [];

        public string[] Sent { get; private set; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent = request.Headers.TryGetValues("Cookie", out var values)
                ? [.. values.SelectMany(v => v.Split("; ")).Order(StringComparer.Ordinal)]
                : [];
            var response = new HttpResponseMessage(HttpStatusCode.OK);
            foreach (var cookie in Next) response.Headers.TryAddWithoutValidation("Set-Cookie", cookie);
            Next = [];
            return Task.FromResult(response);
        }
    }
}
