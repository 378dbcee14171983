using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.WebApp;

// The installable app in Chromium, on a real loopback origin (http://127.0.0.1 is a secure context):
// the service worker, the manifest as Chromium reads it, a push delivered through the DevTools
// protocol, and the offline page once the server is gone.
[Collection(SharedBrowser.Name)]
public sealed partial class ServiceWorkerBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    private string Origin => Api.BaseAddress!.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task The_service_worker_registers_for_the_whole_site_activates_and_controls_the_pages()
    {
        await OpenDashboardAsync();

        var worker = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const registration = await navigator.serviceWorker.ready;
              return { scope: registration.scope, script: registration.active.scriptURL, state: registration.active.state };
            }
            """);
        await Page.ReloadAsync();
        var controlled = await Page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null");

        Assert.Equal(Origin + "/", worker.GetProperty("scope").GetString());
        Assert.Equal(Origin + "/sw.js", worker.GetProperty("script").GetString());
        Assert.Equal("activated", worker.GetProperty("state").GetString());
        Assert.True(controlled);
    }

    [Fact]
    public async Task Nothing_signed_in_is_kept_in_the_cache_only_the_offline_page_and_its_files()
    {
        await OpenDashboardAsync();
        await Page.GotoAsync("/requests");
        await Page.GotoAsync("/alerts");

        var cached = await Page.EvaluateAsync<string[]>("""
            async () => {
              const urls = [];
              for (const name of await caches.keys())
                for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
              return urls.sort();
            }
            """);

        Assert.Equal(["/css/site.css", "/icons/badge-96.png", "/icons/icon-192.png", "/offline"], cached);
    }

    [Fact]
    public async Task Chromium_reads_the_manifest_without_an_error_and_finds_nothing_against_installing()
    {
        await OpenDashboardAsync();
        var cdp = await Page.Context.NewCDPSessionAsync(Page);

        var manifest = (await cdp.SendAsync("Page.getAppManifest"))!.Value;
        var installability = (await cdp.SendAsync("Page.getInstallabilityErrors"))!.Value;

        Assert.Equal(Origin + "/manifest.webmanifest", manifest.GetProperty("url").GetString());
        Assert.Empty(manifest.GetProperty("errors").EnumerateArray());
        var parsed = JsonDocument.Parse(manifest.GetProperty("data").GetString()!).RootElement;
        Assert.Equal("standalone", parsed.GetProperty("display").GetString());
        // A Playwright context is an incognito profile, where Chromium never installs; nothing else may stand in the way.
        var errors = installability.GetProperty("installabilityErrors").EnumerateArray()
            .Select(e => e.GetProperty("errorId").GetString()).Where(e => e != "in-incognito").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_push_shows_a_notification_whose_click_brings_the_open_window_to_the_request_and_its_number()
    {
        var id = await LogRequestAsync();
        await Page.Context.GrantPermissionsAsync(["notifications"]);
        await OpenDashboardAsync();
        var (cdp, registrationId) = await PushChannelAsync();
        var payload = JsonSerializer.Serialize(new
        {
            kind = "warning", requestId = id, journalist = "Claire Martin", outlet = "Les Echos", topic = "Hausse du tarif", minutesLeft = 12,
            title = "Call back soon", body = "Claire Martin (Les Echos) — 12 min left — Hausse du tarif", url = $"/requests/{id}", tag = $"pressdesk-request-{id}",
        });

        await cdp.SendAsync("ServiceWorker.deliverPushMessage", new() { ["origin"] = Origin, ["registrationId"] = registrationId, ["data"] = payload });

        var shown = await Page.EvaluateAsync<JsonElement>(NotificationsScript(expected: 1));
        var notification = Assert.Single(shown.EnumerateArray());
        Assert.Equal("Call back soon", notification.GetProperty("title").GetString());
        Assert.Equal("Claire Martin (Les Echos) — 12 min left — Hausse du tarif", notification.GetProperty("body").GetString());
        Assert.Equal($"pressdesk-request-{id}", notification.GetProperty("tag").GetString());
        Assert.Equal($"/requests/{id}", notification.GetProperty("url").GetString());

        // No DevTools command clicks a notification: the worker gets the click event the system would
        // send, for the notification it shows, and its handler moves the open dashboard.
        var worker = ((IEnumerable<IWorker>)Page.Context.GetType().GetProperty("ServiceWorkers")!.GetValue(Page.Context)!).Single();
        await worker.EvaluateAsync<JsonElement?>("""
            async () => {
              const [notification] = await self.registration.getNotifications();
              self.dispatchEvent(new NotificationEvent("notificationclick", { notification }));
            }
            """);

        await Expect(Page).ToHaveURLAsync(new Regex($"/requests/{id}$"));
        await Expect(Page.Locator(".call-now #call")).ToHaveAttributeAsync("href", "tel:+33123456789");
        Assert.Empty((await Page.EvaluateAsync<JsonElement>(NotificationsScript(expected: 0))).EnumerateArray());
    }

    [Fact]
    public async Task A_push_that_names_another_site_opens_the_dashboard_instead()
    {
        await Page.Context.GrantPermissionsAsync(["notifications"]);
        await OpenDashboardAsync();
        var (cdp, registrationId) = await PushChannelAsync();

        await cdp.SendAsync("ServiceWorker.deliverPushMessage", new()
        {
            ["origin"] = Origin, ["registrationId"] = registrationId,
            ["data"] = """{"title":"<b>Call</b>","body":"x","url":"https://evil.example/phish","tag":"pressdesk-request-1"}""",
        });

        var notification = (await Page.EvaluateAsync<JsonElement>(NotificationsScript(expected: 1))).EnumerateArray().Single();
        Assert.Equal("<b>Call</b>", notification.GetProperty("title").GetString());   // plain text, shown as it came
        Assert.Equal("/", notification.GetProperty("url").GetString());
    }

    [Fact]
    public async Task When_the_server_is_gone_a_page_shows_the_offline_page()
    {
        await OpenDashboardAsync();
        await Page.WaitForFunctionAsync("async () => (await caches.match('/offline')) !== undefined");
        var precached = await Page.EvaluateAsync<bool>("async () => (await caches.match('/offline')) !== undefined");
        Assert.True(precached);

        await App.DisposeAsync();   // the server stops; the browser keeps its worker and cache
        await Page.GotoAsync("/requests");

        await Expect(Page.Locator("h1")).ToHaveTextAsync("PressDesk cannot be reached");
        await Expect(Page.Locator("#retry")).ToBeVisibleAsync();
        await Expect(Page.Locator("link[rel=stylesheet]")).ToHaveAttributeAsync("href", "/css/site.css");
        Assert.Equal("rgb(31, 95, 191)", await Page.Locator("#retry").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));   // the style sheet came from the cache
    }

    private async Task OpenDashboardAsync()
    {
        await Page.GotoAsync("/");
        if (Page.Url.Contains("/signin", StringComparison.Ordinal)) await SignInAsync();
        await Expect(Page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");
        await Page.EvaluateAsync("async () => { await navigator.serviceWorker.ready; }");
    }

    private async Task<long> LogRequestAsync()
    {
        var created = await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "Claire Martin", outlet = "Les Echos", phone = "01 23 45 67 89" },
            topic = "Hausse du tarif", channel = "phone",
        });
        return (long)(await created.JsonAsync())["id"]!;
    }

    // A DevTools session with its ServiceWorker domain on, and the id it knows the page's registration
    // by: what deliverPushMessage needs.
    private async Task<(ICDPSession Session, string RegistrationId)> PushChannelAsync()
    {
        var cdp = await Page.Context.NewCDPSessionAsync(Page);
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        cdp.Event("ServiceWorker.workerRegistrationUpdated").OnEvent += (_, e) =>
        {
            foreach (var registration in e!.Value.GetProperty("registrations").EnumerateArray())
                if (registration.GetProperty("scopeURL").GetString() == Origin + "/" && !registration.GetProperty("isDeleted").GetBoolean())
                    found.TrySetResult(registration.GetProperty("registrationId").GetString()!);
        };
        await cdp.SendAsync("ServiceWorker.enable");
        return (cdp, await found.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    // The worker's notifications once there are as many as expected (a push is handled asynchronously),
    // after at most thirty seconds of checks inside the page (a busy CI machine can take several).
    private static string NotificationsScript(int expected) => $$"""
        async () => {
          const registration = await navigator.serviceWorker.ready;
          let shown = [];
          for (let i = 0; i < 600; i++) {
            shown = await registration.getNotifications();
            if (shown.length === {{expected}}) break;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return shown.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: n.data && n.data.url }));
        }
        """;
}
