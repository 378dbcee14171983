using System.Text.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using PressDesk.Push;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Localization;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Push;

// "Turn on notifications on this device" in Chromium, worked with the keyboard: push.js fetches the
// VAPID key, subscribes, posts the subscription with the page's antiforgery token, the server stores
// the device and pushes to it through the local Web Push service; turning it off deletes it.
[Collection(SharedBrowser.Name)]
public sealed class PushToggleBrowserTests(Infrastructure.Browser browser, WebPushService service)
    : BrowserTest(browser, new(settings: PushTest.PushSettings())), IClassFixture<WebPushService>
{
    private const string SubscriptionKey = "pressdesk-test-push-subscription";

    public override async Task InitializeAsync()
    {
        service.Reset();
        await base.InitializeAsync();
    }

    [Fact]
    public async Task Turning_push_on_with_the_keyboard_stores_the_device_which_gets_the_next_request_and_turning_it_off_removes_it()
    {
        await Page.Context.GrantPermissionsAsync(["notifications"]);
        await OpenDashboardAsync();
        var key = await PublicKeyAsync();
        var subscription = await service.SubscribeAsync(key);
        await Page.AddInitScriptAsync(PushServiceStandIn(subscription, key));
        await OpenDashboardAsync();
        var toggle = Page.Locator("[data-push-toggle]");
        await Expect(toggle).ToHaveTextAsync("Turn on notifications on this device");

        await toggle.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        var deviceName = DeviceName.FromUserAgent(await Page.EvaluateAsync<string>("() => navigator.userAgent"));
        var device = Page.Locator(".push-device-list li");
        await Expect(device).ToHaveCountAsync(1);
        await Expect(device.GetByLabel("Device name")).ToHaveValueAsync(deviceName);
        await Expect(toggle).ToHaveTextAsync("Turn off notifications on this device");
        await Expect(Page.Locator("[data-push-status]")).ToHaveTextAsync("Notifications are on for this device.");
        await Expect(toggle).ToBeFocusedAsync();   // the reload that lists the device puts the keyboard back on the toggle
        Assert.Equal([(subscription.Endpoint, deviceName)], await StoredDevicesAsync());
        await AssertPanelPassesAxeAsync();

        var id = (long)(await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(App.Clock.GetUtcNow()))).JsonAsync())["id"]!;
        var arrived = await ArrivedAsync(subscription, 1);
        Assert.Equal(PushKinds.NewRequest, (string?)arrived[0]["kind"]);
        Assert.Equal(id, (long)arrived[0]["requestId"]!);

        await Page.Keyboard.PressAsync(" ");

        await Expect(toggle).ToHaveTextAsync("Turn on notifications on this device");
        await Expect(device).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-push-status]")).ToHaveTextAsync("Notifications are off for this device.");
        await Expect(Page.Locator("[data-push-none]")).ToHaveTextAsync("None of your devices gets notifications yet.");
        Assert.Empty(await StoredDevicesAsync());
        Assert.Null(await Page.EvaluateAsync<string?>($"() => localStorage.getItem('{SubscriptionKey}')"));
    }

    // The panel as people see it with a device on, on the dashboard and the account page, on a phone
    // and a desktop: in one language only. PRESSDESK_SCREENSHOTS keeps a screenshot of each.
    [Theory]
    [InlineData("en-GB")]
    [InlineData("fr-FR")]
    public async Task With_a_device_on_the_panel_speaks_the_page_language_on_phone_and_desktop(string culture)
    {
        await using var context = await Page.Context.Browser!.NewContextAsync(new()
        {
            BaseURL = Api.BaseAddress!.ToString(), TimezoneId = "UTC", Locale = culture, ViewportSize = new() { Width = 390, Height = 844 },
        });
        await context.GrantPermissionsAsync(["notifications"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("input[name=Email]").FillAsync(PressDeskApp.OwnerEmail);
        await page.Locator("input[name=Password]").FillAsync(PressDeskApp.OwnerPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-push-toggle]")).ToBeVisibleAsync();
        var key = await (await context.APIRequest.GetAsync("/push/public-key")).TextAsync();
        await context.AddInitScriptAsync(PushServiceStandIn(await service.SubscribeAsync(key), key));
        await page.ReloadAsync();
        await page.Locator("[data-push-toggle]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".push-device-list li")).ToHaveCountAsync(1);

        var foreign = ForeignText.For(culture);
        var found = new List<string>();
        foreach (var (name, path) in new[] { ("dashboard", "/"), ("account", "/account") })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("[data-push-toggle]")).ToBeVisibleAsync();
            Assert.Equal(culture[..2], await page.Locator("html").GetAttributeAsync("lang"));
            var text = await page.Locator("[data-push]").EvaluateAsync<string>(
                "panel => [panel.innerText, ...[...panel.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))].join('\\n')");
            found.AddRange(foreign.In(text).Select(f => $"{path}: {f}"));
            foreach (var width in new[] { 390, 1280 })
            {
                await page.SetViewportSizeAsync(width, width == 390 ? 844 : 800);
                // Nothing in the panel sticks out of it (a phone would scroll sideways or clip the buttons).
                var overflow = await page.Locator("[data-push]").EvaluateAsync<double>(
                    "panel => Math.max(...[...panel.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)) - panel.getBoundingClientRect().right");
                Assert.True(overflow <= 0.5, $"{path} at {width}px: the panel's content sticks out by {overflow}px");
                await ScreenshotAsync(page, $"push-{culture}-{name}-{width}");
            }
        }
        Assert.True(found.Count == 0, "Texts of the other language in the panel:\n" + string.Join('\n', found));
    }

    private static async Task ScreenshotAsync(Microsoft.Playwright.IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("PRESSDESK_SCREENSHOTS");
        if (folder is null) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    // Headless Chromium reaches no push service, so only the browser's PushManager.subscribe and
    // getSubscription are replaced (before any page script runs): they hand push.js the subscription
    // web-push-testing made for PressDesk's key, and refuse any other key. Everything else is real.
    // The stand-in keeps its subscription in localStorage, as the browser keeps it across reloads.
    private static string PushServiceStandIn(TestSubscription subscription, string key) => $$"""
        (() => {
          const made = {{JsonSerializer.Serialize(subscription.Json)}};
          const expectedKey = {{JsonSerializer.Serialize(key)}};
          const stored = '{{SubscriptionKey}}';
          const base64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
          const bytes = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
          const asSubscription = (json) => ({
            endpoint: json.endpoint,
            expirationTime: null,
            options: { userVisibleOnly: true, applicationServerKey: bytes(expectedKey) },
            getKey: (name) => bytes(json.keys[name]),
            toJSON: () => json,
            unsubscribe: async () => { localStorage.removeItem(stored); return true; },
          });
          PushManager.prototype.getSubscription = async function () {
            const json = localStorage.getItem(stored);
            return json === null ? null : asSubscription(JSON.parse(json));
          };
          PushManager.prototype.subscribe = async function (options) {
            if (options.userVisibleOnly !== true || base64url(options.applicationServerKey) !== expectedKey)
              throw new DOMException('Not the key this push service was given.', 'InvalidAccessError');
            localStorage.setItem(stored, JSON.stringify(made));
            return asSubscription(made);
          };
        })();
        """;

    private async Task OpenDashboardAsync()
    {
        await Page.GotoAsync("/");
        if (Page.Url.Contains("/signin", StringComparison.Ordinal)) await SignInAsync();
        await Page.EvaluateAsync("async () => { await navigator.serviceWorker.ready; }");
        await Expect(Page.Locator("[data-push-toggle]")).ToBeVisibleAsync();
    }

    // The key the signed-in browser is given, as push.js reads it.
    private async Task<string> PublicKeyAsync()
    {
        var response = await Page.Context.APIRequest.GetAsync("/push/public-key");
        Assert.True(response.Ok);
        return await response.TextAsync();
    }

    private async Task<List<(string Endpoint, string DeviceName)>> StoredDevicesAsync() =>
        (await App.Database.QueryAsync<(string, string)>("SELECT endpoint, device_name FROM push_subscriptions")).ToList();

    // The app's push outbox runs on its own, on the real clock: what web-push-testing has received,
    // once it is as many as expected, after at most ten seconds.
    private async Task<IReadOnlyList<JsonNode>> ArrivedAsync(TestSubscription subscription, int expected)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<JsonNode> arrived;
        while ((arrived = await service.NotificationsAsync(subscription)).Count < expected && waited.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(100);
        Assert.Equal(expected, arrived.Count);
        return arrived;
    }

    private async Task AssertPanelPassesAxeAsync()
    {
        var result = await Page.Locator("[data-push]").RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
    }
}
