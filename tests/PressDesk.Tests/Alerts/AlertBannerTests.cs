using System.Net;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

// The dashboard's alert banners as the server renders them (on load, and for live.js): one per open
// request, its newest alert, until the person who reads it dismisses it.
public class AlertBannerTests : AlertTest
{
    private const string MemberEmail = "press.officer@pressdesk.test";
    private const string MemberPassword = "orchard tide lantern 24";

    [Fact]
    public async Task An_alert_that_fired_before_the_dashboard_was_opened_shows_on_it()
    {
        var id = await LogAsync(Now.AddMinutes(-16));
        await PassAsync();   // the warning fires while no dashboard is open

        var banner = Assert.Single(Banners(await Client.GetPageAsync("/")));

        Assert.Equal("warning", banner.GetAttribute("data-kind"));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), banner.GetAttribute("data-request-id"));
        Assert.Contains("Call back soon: Claire Martin (Les Echos)", banner.TextContent);
        Assert.Equal($"/requests/{id}", banner.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_newer_alert_for_the_same_request_replaces_the_older_banner()
    {
        await LogAsync(Now.AddMinutes(-16));
        var other = await LogAsync(Now.AddMinutes(-20));
        await PassAsync();   // two warnings
        Time.Advance(TimeSpan.FromMinutes(11));
        await PassAsync();   // the second request's breach (30 minutes), the first still only warned

        var banners = Banners(await Client.GetPageAsync("/"));

        Assert.Equal(["breach", "warning"], banners.Select(b => b.GetAttribute("data-kind")));
        Assert.Equal(other.ToString(System.Globalization.CultureInfo.InvariantCulture), banners[0].GetAttribute("data-request-id"));
    }

    [Fact]
    public async Task An_answered_request_has_no_banner_left()
    {
        var id = await LogAsync(Now.AddMinutes(-16));
        await PassAsync();

        await Api.PostJsonAsync($"/api/requests/{id}/response", new { });

        Assert.Empty(Banners(await Client.GetPageAsync("/")));
    }

    [Fact]
    public async Task Dismissing_is_a_form_post_that_lasts_across_reloads_and_only_for_the_person_who_dismissed()
    {
        await AddMemberAsync();
        await LogAsync(Now.AddMinutes(-16));
        await PassAsync();
        var page = await Client.GetPageAsync("/");
        var form = Assert.Single(Banners(page)).QuerySelector("form.dismiss-form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));

        var dismissed = await Client.PostFormAsync(form.GetAttribute("action")!, page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Equal("/", dismissed.Headers.Location!.OriginalString);
        Assert.Empty(Banners(await Client.GetPageAsync("/")));
        Assert.Empty(Banners(await Client.GetPageAsync("/?handler=Alerts")));
        var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);
        Assert.Single(Banners(await member.GetPageAsync("/?show=all")));   // the owner's request: on the member's Everyone's
    }

    [Fact]
    public async Task A_new_alert_for_a_dismissed_request_shows_again()
    {
        await LogAsync(Now.AddMinutes(-16));
        await PassAsync();
        var page = await Client.GetPageAsync("/");
        await Client.PostFormAsync(Banners(page)[0].QuerySelector("form")!.GetAttribute("action")!, page, new Dictionary<string, string>());

        Time.Advance(TimeSpan.FromMinutes(15));
        await PassAsync();

        Assert.Equal("breach", Assert.Single(Banners(await Client.GetPageAsync("/"))).GetAttribute("data-kind"));
    }

    [Fact]
    public async Task Dismissing_needs_the_antiforgery_token_and_ignores_an_unknown_alert()
    {
        await LogAsync(Now.AddMinutes(-16));
        await PassAsync();
        var page = await Client.GetPageAsync("/");
        var action = Banners(page)[0].QuerySelector("form")!.GetAttribute("action")!;

        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync(action, new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/?handler=Dismiss&alertId=999", page, new Dictionary<string, string>())).StatusCode);
        Assert.Single(Banners(await Client.GetPageAsync("/")));
    }

    private static List<IElement> Banners(IDocument page) => page.QuerySelectorAll("#live-alerts .live-alert").ToList();

    private async Task AddMemberAsync()
    {
        var team = await Client.GetPageAsync("/team");
        var added = await Client.PostFormAsync("/team", team, new Dictionary<string, string> { ["Email"] = MemberEmail, ["Password"] = MemberPassword }, "Add");
        Assert.True(added.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK);
    }
}
