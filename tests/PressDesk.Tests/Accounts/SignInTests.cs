using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class SignInTests : AppTest
{
    private HttpClient Anonymous() => App.CreateClient(new() { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> SignInFromAsync(HttpClient client, string address, string email, string password)
    {
        var page = await client.GetPageAsync("/signin");
        var request = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = password,
                ["__RequestVerificationToken"] = page.AntiforgeryToken(),
            }),
        };
        request.Headers.Add(PressDeskApp.ClientAddressHeader, address);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Pages_redirect_an_anonymous_visitor_to_sign_in_and_back_afterwards()
    {
        var client = Anonymous();

        var response = await client.GetAsync("/requests/new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2Frequests%2Fnew", response.Headers.Location!.PathAndQuery);

        var page = await client.GetPageAsync(response.Headers.Location.PathAndQuery);
        var signedIn = await client.PostFormAsync("/signin", page, new Dictionary<string, string>
        {
            ["Email"] = PressDeskApp.OwnerEmail,
            ["Password"] = PressDeskApp.OwnerPassword,
            ["ReturnUrl"] = "/requests/new",
        });
        Assert.Equal("/requests/new", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/requests/new")).StatusCode);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var client = Anonymous();
        var page = await client.GetPageAsync("/signin");

        var response = await client.PostFormAsync("/signin", page, new Dictionary<string, string>
        {
            ["Email"] = PressDeskApp.OwnerEmail,
            ["Password"] = PressDeskApp.OwnerPassword,
            ["ReturnUrl"] = "https://evil.example/",
        });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_telling_which_part_was_wrong_and_is_recorded()
    {
        var wrongPassword = await Anonymous().SignInAsync(PressDeskApp.OwnerEmail, "not the password at all");
        var unknownEmail = await Anonymous().SignInAsync("nobody@pressdesk.test", "not the password at all");

        foreach (var response in new[] { wrongPassword, unknownEmail })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("The email address or the password is wrong.", (await Forms.ParseAsync(response)).Text(".errors"));
        }
        var log = await Client.GetPageAsync("/team/sign-ins");
        var rows = log.QuerySelectorAll("#sign-ins tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("nobody@pressdesk.test") && r.Contains("unknown email"));
        Assert.Contains(rows, r => r.Contains(PressDeskApp.OwnerEmail) && r.Contains("wrong password"));
        Assert.Contains(rows, r => r.Contains(PressDeskApp.OwnerEmail) && r.Contains("signed in"));
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_rejected()
    {
        var response = await Anonymous().PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = PressDeskApp.OwnerEmail,
            ["Password"] = PressDeskApp.OwnerPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("pressdesk=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Repeated_failures_from_one_address_throttle_that_address_only()
    {
        var client = Anonymous();
        for (var i = 0; i < 20; i++)
            await SignInFromAsync(client, "192.0.2.7", $"guess{i}@pressdesk.test", "wrong guess " + i);

        var fromAttacker = await SignInFromAsync(client, "192.0.2.7", PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword);
        var fromElsewhere = await SignInFromAsync(client, "198.51.100.3", PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, fromAttacker.StatusCode);
        Assert.NotNull(fromAttacker.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Redirect, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server()
    {
        var cookie = (await Anonymous().SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword)).Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("pressdesk=", StringComparison.Ordinal)).Split(';')[0];
        var browser = Anonymous();
        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        var dashboard = await browser.GetPageAsync("/");

        await browser.PostFormAsync("/signout", dashboard, new Dictionary<string, string>());

        // Even a copy of the old cookie no longer opens anything.
        var replay = Anonymous();
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Each_sign_in_gets_a_new_session_and_the_one_before_it_ends()
    {
        static string SessionCookie(HttpResponseMessage r) =>
            r.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pressdesk=", StringComparison.Ordinal)).Split(';')[0];
        var browser = Anonymous();
        var first = SessionCookie(await browser.SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword));

        var second = SessionCookie(await browser.SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword));

        Assert.NotEqual(first, second);
        var replay = Anonymous();
        replay.DefaultRequestHeaders.Add("Cookie", first);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site()
    {
        var setCookie = (await Anonymous().SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword))
            .Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pressdesk=", StringComparison.Ordinal));

        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", setCookie, StringComparison.OrdinalIgnoreCase);   // persistent: survives closing the phone's browser
    }

    [Fact]
    public async Task Over_https_the_session_cookie_is_secure_and_host_prefixed()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://pressdesk.example") });

        var setCookie = (await client.SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword))
            .Headers.GetValues("Set-Cookie").Single(c => c.Contains("pressdesk=") && !c.Contains("Antiforgery"));

        Assert.StartsWith("__Host-pressdesk=", setCookie);
        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_idle_session_expires_and_an_active_one_ends_at_the_absolute_limit()
    {
        Time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).StatusCode);   // used within a day: renewed

        Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync("/")).StatusCode);   // idle for over a day

        var active = await App.CreateSignedInClientAsync();
        for (var day = 0; day < 14; day++)
        {
            Time.Advance(TimeSpan.FromHours(23));
            Assert.Equal(HttpStatusCode.OK, (await active.GetAsync("/")).StatusCode);
        }
        Time.Advance(TimeSpan.FromHours(23));   // more than 14 days after sign-in
        Assert.Equal(HttpStatusCode.Redirect, (await active.GetAsync("/")).StatusCode);
    }
}
