using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using PressDesk.Push;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Push;

public sealed class PushSubscriptionTests(WebPushService service) : PushTest(service)
{
    [Fact]
    public async Task The_public_key_is_the_VAPID_P256_key_as_base64url_text_kept_in_a_file_only_PressDesk_reads()
    {
        var response = await Client.GetAsync("/push/public-key");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var key = WebEncoders.Base64UrlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(65, key.Length);
        Assert.Equal(0x04, key[0]);
        var file = Path.Combine(App.DataDirectory, VapidKeys.FileName);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public async Task A_subscription_through_the_endpoints_is_stored_once_however_often_it_is_posted_with_a_device_name()
    {
        Client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36");
        var subscription = await SubscribeAsync();
        Assert.Equal(HttpStatusCode.Created, (await PostSubscriptionAsync(Client, subscription.Json)).StatusCode);

        var device = Assert.Single(await App.Database.QueryAsync<(string Endpoint, string DeviceName)>("SELECT endpoint, device_name FROM push_subscriptions"));
        Assert.Equal((subscription.Endpoint, "Chrome · Android"), device);
    }

    [Fact]
    public async Task Delete_removes_the_device()
    {
        var subscription = await SubscribeAsync();
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/push/subscriptions?endpoint={Uri.EscapeDataString(subscription.Endpoint)}");
        request.Headers.Add("RequestVerificationToken", (await Client.GetPageAsync("/account")).AntiforgeryToken());

        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendAsync(request)).StatusCode);
        Assert.Equal(0, await DevicesAsync());
    }

    [Fact]
    public async Task An_endpoint_outside_the_allowed_push_services_is_refused_with_problem_details()
    {
        var subscription = await Service.SubscribeAsync(await Client.GetStringAsync("/push/public-key"));
        foreach (var endpoint in new[] { "https://attacker.example.org/notify/x", "http://fcm.googleapis.com/fcm/send/x", "http://127.0.0.2:9/notify/x" })
        {
            var response = await PostSubscriptionAsync(Client, (subscription with { Endpoint = endpoint }).Json);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("is not a known push service", (string?)(await response.JsonAsync())["errors"]!["endpoint"]![0]);
        }
        Assert.Equal(0, await DevicesAsync());
    }

    [Fact]
    public async Task A_malformed_subscription_is_refused_naming_the_field()
    {
        var subscription = await Service.SubscribeAsync(await Client.GetStringAsync("/push/public-key"));
        var cases = new (object Body, string Field)[]
        {
            (new { endpoint = subscription.Endpoint }, "keys.p256dh"),
            (new { endpoint = subscription.Endpoint, keys = new { p256dh = "bm90IGEga2V5", auth = subscription.Auth } }, "keys.p256dh"),
            (new { endpoint = subscription.Endpoint, keys = new { p256dh = subscription.P256dh, auth = "!!" } }, "keys.auth"),
            (new { endpoint = "not a url", keys = new { p256dh = subscription.P256dh, auth = subscription.Auth } }, "endpoint"),
        };
        foreach (var (body, field) in cases)
        {
            var response = await PostSubscriptionAsync(Client, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull((await response.JsonAsync())["errors"]![field]);
        }
        var notJson = new HttpRequestMessage(HttpMethod.Post, "/push/subscriptions") { Content = new StringContent("{\"endpoint\":", System.Text.Encoding.UTF8, "application/json") };
        notJson.Headers.Add("RequestVerificationToken", (await Client.GetPageAsync("/account")).AntiforgeryToken());
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.SendAsync(notJson)).StatusCode);
        Assert.Equal(0, await DevicesAsync());
    }

    [Fact]
    public async Task Without_sign_in_or_without_the_antiforgery_token_nothing_is_stored()
    {
        var subscription = await Service.SubscribeAsync(await Client.GetStringAsync("/push/public-key"));

        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/push/public-key")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostSubscriptionAsync(anonymous, subscription.Json, token: false)).StatusCode);
        var noToken = await PostSubscriptionAsync(Client, subscription.Json, token: false);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("antiforgery", (string?)(await noToken.JsonAsync())["title"]);

        Assert.Equal(0, await DevicesAsync());
    }
}
