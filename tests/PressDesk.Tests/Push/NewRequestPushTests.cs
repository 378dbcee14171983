using System.Net.Http.Json;
using System.Text;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Push;

public sealed class NewRequestPushTests(WebPushService service) : PushTest(service)
{
    private const string MemberEmail = "press.officer@pressdesk.test";
    private const string MemberPassword = "orchard tide lantern 24";

    [Fact]
    public async Task A_request_logged_through_the_API_is_pushed_to_every_device_with_its_clock()
    {
        var owner = await SubscribeAsync();
        var member = await SubscribeAsync(await MemberClientAsync(), Service);
        var id = (long)(await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-4)))).JsonAsync())["id"]!;

        Assert.Null(await Pushes.DeliverDueAsync(default));

        foreach (var device in new[] { owner, member })
        {
            var push = Assert.Single(await ArrivedAsync(device));
            Assert.Equal("new-request", (string?)push["kind"]);
            Assert.Equal(id, (long)push["requestId"]!);
            Assert.Equal(26, (int)push["minutesLeft"]!);
            Assert.Equal("New request", (string?)push["title"]);
            Assert.Equal("Claire Martin (Les Echos) — 26 min left — New energy tariff", (string?)push["body"]);
        }
        // Kept by the push service for an hour when the journalist gave no deadline.
        Assert.All(Service.Headers, h => Assert.Equal("3600", h["TTL"]));
    }

    [Fact]
    public async Task A_request_a_member_types_in_is_pushed_to_the_others_but_not_to_the_member()
    {
        var owner = await SubscribeAsync();
        var memberClient = await MemberClientAsync();
        var member = await SubscribeAsync(memberClient, Service);

        var form = await memberClient.GetPageAsync("/requests/new");
        var logged = await memberClient.PostFormAsync("/requests/new", form, new Dictionary<string, string>
        {
            ["Input.JournalistName"] = "Claire Martin", ["Input.Outlet"] = "Les Echos", ["Input.Topic"] = "Grid outage",
            ["Input.Question"] = "", ["Input.Channel"] = "phone", ["Input.ReceivedAt"] = Now.ToFormValue(), ["Input.Deadline"] = "",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, logged.StatusCode);
        await Pushes.DeliverDueAsync(default);

        Assert.Equal("Grid outage", (string?)Assert.Single(await ArrivedAsync(owner))["topic"]);
        Assert.Empty(await ArrivedAsync(member));
    }

    private async Task<HttpClient> MemberClientAsync()
    {
        var page = await Client.GetPageAsync("/team");
        await Client.PostFormAsync("/team", page, new Dictionary<string, string> { ["Email"] = MemberEmail, ["Password"] = MemberPassword }, "Add");
        return await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);
    }
}

// The drop folder's own worker runs (found by the rescan on the fake clock); the push outbox too.
public sealed class DropFolderPushTests : IClassFixture<WebPushService>, IAsyncLifetime
{
    private readonly WebPushService _service;
    private readonly string _folder = Directory.CreateTempSubdirectory("pressdesk-drop-").FullName;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = new(PressDeskApp.DefaultStart);
    private readonly PressDeskApp _app;

    public DropFolderPushTests(WebPushService service)
    {
        _service = service;
        _app = new PressDeskApp(time: _time, settings: PushTest.PushSettings(new Dictionary<string, string?>
        {
            ["PressDesk:Intake:DropFolder"] = _folder,
            ["PressDesk:Intake:Watch"] = "false",
            ["PressDesk:Intake:RescanInterval"] = "00:00:10",
            ["PressDesk:Intake:SettleTime"] = "00:00:00",
        }));
    }

    public Task InitializeAsync()
    {
        _service.Reset();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_email_dropped_into_the_folder_is_pushed_as_a_new_request()
    {
        var client = await _app.CreateSignedInClientAsync();
        var key = await client.GetStringAsync("/push/public-key");
        var subscription = await _service.SubscribeAsync(key);
        var request = new HttpRequestMessage(HttpMethod.Post, "/push/subscriptions") { Content = JsonContent.Create(subscription.Json) };
        request.Headers.Add("RequestVerificationToken", (await client.GetPageAsync("/account")).AntiforgeryToken());
        Assert.Equal(System.Net.HttpStatusCode.Created, (await client.SendAsync(request)).StatusCode);

        var mail = $"""
            From: Claire Martin <claire@lesechos.test>
            To: expert@pressdesk.test
            Subject: Grid outage
            Date: {PressDeskApp.DefaultStart.AddMinutes(-5).ToMailDate()}
            Message-ID: <drop-push@lesechos.test>
            Content-Type: text/plain; charset=utf-8

            Can you explain the outage?
            """.Replace("\n", "\r\n");
        File.WriteAllText(Path.Combine(_folder, "q1.eml.part"), mail, Encoding.UTF8);
        File.Move(Path.Combine(_folder, "q1.eml.part"), Path.Combine(_folder, "q1.eml"));   // the rename convention

        // The clock moves a rescan at a time until the file is taken in, then stands still while it is pushed.
        await Eventually.UntilAsync(() => File.Exists(Path.Combine(_folder, "processed", "q1.eml")), "the file was taken in",
            TimeSpan.FromSeconds(20), between: () => _time.Advance(TimeSpan.FromSeconds(10)));
        var arrived = await Eventually.ValueAsync(() => _service.NotificationsAsync(subscription), m => m.Count > 0, "the new request was pushed");
        var push = Assert.Single(arrived);
        Assert.Equal("new-request", (string?)push["kind"]);
        Assert.Equal("Grid outage", (string?)push["topic"]);
        Assert.Equal("Claire Martin", (string?)push["journalist"]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        PressDeskApp.DeleteQuietly(_folder);
    }
}
