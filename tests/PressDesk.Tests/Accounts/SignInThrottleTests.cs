using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

// Issue 22.5: guessing is slowed per account and address, and nobody gets a button that locks the
// owner out. Defaults: 3 free failures per pair, then waits of 5 s doubling up to 15 minutes.
public class SignInThrottleTests : AppTest
{
    private const string Attacker = "203.0.113.9";
    private const string OwnersPhone = "198.51.100.20";

    private HttpClient Anonymous() => App.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<HttpResponseMessage> SignInFromAsync(string address, string password, string email = PressDeskApp.OwnerEmail) =>
        await (await ReadySignInAsync(address, password, email))();

    // The form is fetched now and posted when the returned function is called, so posts can be fired together.
    private async Task<Func<Task<HttpResponseMessage>>> ReadySignInAsync(string address, string password, string email = PressDeskApp.OwnerEmail)
    {
        var client = Anonymous();
        var page = await client.GetPageAsync("/signin");
        var request = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = page.AntiforgeryToken(),
            }),
        };
        request.Headers.Add(PressDeskApp.ClientAddressHeader, address);
        return () => client.SendAsync(request);
    }

    private static TimeSpan RetryAfter(HttpResponseMessage refused)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        return refused.Headers.RetryAfter!.Delta!.Value;
    }

    // Guesses as fast as the throttle lets it: each refusal's Retry-After is waited out on the fake clock.
    private async Task<List<TimeSpan>> HammerAsync(string address, int guesses)
    {
        var waits = new List<TimeSpan>();
        for (var guess = 0; guess < guesses; guess++)
        {
            var response = await SignInFromAsync(address, $"wrong guess number {guess}");
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                waits.Add(RetryAfter(response));
                Time.Advance(waits[^1]);
                response = await SignInFromAsync(address, $"wrong guess number {guess}");
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);   // checked, and wrong
        }
        return waits;
    }

    [Fact]
    public async Task An_attacker_hammering_the_owners_email_does_not_stop_the_owner_signing_in_from_elsewhere()
    {
        await HammerAsync(Attacker, guesses: 12);

        Assert.Equal(HttpStatusCode.Redirect, (await SignInFromAsync(OwnersPhone, PressDeskApp.OwnerPassword)).StatusCode);
        // Even the right password is refused from the attacker's address while it must wait.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInFromAsync(Attacker, PressDeskApp.OwnerPassword)).StatusCode);
    }

    [Fact]
    public async Task Parallel_guesses_from_one_address_are_counted_one_by_one()
    {
        var posts = new List<Func<Task<HttpResponseMessage>>>();
        for (var guess = 0; guess < 20; guess++) posts.Add(await ReadySignInAsync(Attacker, $"parallel guess {guess}"));

        var responses = await Task.WhenAll(posts.Select(post => Task.Run(post)));

        // Only the three free failures are checked; the rest are refused without looking at the password.
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(17, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(3, await App.Database.ScalarAsync<long>("SELECT count(*) FROM sign_in_attempts WHERE reason = 'wrong password'"));
    }

    [Fact]
    public async Task The_attacker_waits_longer_after_each_failure()
    {
        var waits = await HammerAsync(Attacker, guesses: 10);

        // Three free failures, then 5 s doubling: 7 refusals for guesses 4 to 10.
        Assert.Equal([5, 10, 20, 40, 80, 160, 320], waits.Select(w => w.TotalSeconds));
        var refused = await SignInFromAsync(Attacker, "one more");
        Assert.Equal(TimeSpan.FromSeconds(640), RetryAfter(refused));
        Assert.Contains("try again in 11 minutes", (await Forms.ParseAsync(refused)).Text(".errors"));
    }

    [Fact]
    public async Task The_waits_never_exceed_the_maximum()
    {
        var waits = await HammerAsync(Attacker, guesses: 14);

        Assert.Equal(TimeSpan.FromMinutes(15), waits.Max());
        Assert.Equal(TimeSpan.FromMinutes(15), waits[^1]);
    }

    [Fact]
    public async Task The_owners_own_typos_cost_nothing_once_they_get_it_right()
    {
        for (var typo = 0; typo < 2; typo++)
            Assert.Equal(HttpStatusCode.OK, (await SignInFromAsync(OwnersPhone, "tide lantern orchard 24")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFromAsync(OwnersPhone, PressDeskApp.OwnerPassword)).StatusCode);

        // The count starts afresh after a success: two more typos are still free.
        for (var typo = 0; typo < 2; typo++)
            Assert.Equal(HttpStatusCode.OK, (await SignInFromAsync(OwnersPhone, "tide lantern orchard 24")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFromAsync(OwnersPhone, PressDeskApp.OwnerPassword)).StatusCode);
    }

    [Fact]
    public async Task A_distributed_attack_is_slowed_without_refusing_a_clean_address()
    {
        static string Bot(int n) => $"10.66.{n / 250}.{n % 250 + 1}";
        for (var n = 0; n < 10; n++)
            Assert.Equal(HttpStatusCode.OK, (await SignInFromAsync(Bot(n), $"guess {n}")).StatusCode);

        // Every address that failed once now waits before its next guess (no free failures any more)...
        var afterTen = RetryAfter(await SignInFromAsync(Bot(0), "second guess"));
        for (var n = 10; n < 40; n++)
            Assert.Equal(HttpStatusCode.OK, (await SignInFromAsync(Bot(n), $"guess {n}")).StatusCode);
        // ...and waits longer as the attack grows.
        var afterForty = RetryAfter(await SignInFromAsync(Bot(1), "second guess"));
        Assert.True(afterForty > afterTen, $"{afterForty} after 40 addresses, {afterTen} after 10");

        Assert.Equal(HttpStatusCode.Redirect, (await SignInFromAsync(OwnersPhone, PressDeskApp.OwnerPassword)).StatusCode);
    }

    [Fact]
    public async Task The_wait_is_counted_on_the_apps_clock_and_then_the_right_password_works()
    {
        for (var guess = 0; guess < 3; guess++) await SignInFromAsync(Attacker, $"wrong {guess}");
        var wait = RetryAfter(await SignInFromAsync(Attacker, PressDeskApp.OwnerPassword));

        Time.Advance(wait);

        Assert.Equal(HttpStatusCode.Redirect, (await SignInFromAsync(Attacker, PressDeskApp.OwnerPassword)).StatusCode);
    }
}
