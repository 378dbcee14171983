using Microsoft.Extensions.DependencyInjection;
using PressDesk.Accounts;
using PressDesk.Push;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Push;

// Review items 1 and 2: a removed member's devices neither stay behind for the next member
// (SQLite reuses the highest users.id) nor keep the push outbox waking with nothing it can send.
public sealed class RemovedMemberPushTests(WebPushService service) : PushTest(service)
{
    private const string Password = "orchard tide lantern 24";

    private async Task<long> AddMemberAsync(string email)
    {
        var page = await Client.GetPageAsync("/team");
        await Client.PostFormAsync("/team", page, new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password }, "Add");
        return await App.Database.ScalarAsync<long>($"SELECT id FROM users WHERE email = '{email}'");
    }

    [Fact]
    public async Task A_member_invited_after_a_removed_one_gets_the_same_id_but_none_of_their_devices_or_muted_kinds()
    {
        var removedId = await AddMemberAsync("leaving@pressdesk.test");
        var phone = await SubscribeAsync(await App.CreateSignedInClientAsync("leaving@pressdesk.test", Password), Service);
        await App.Services.GetRequiredService<PushSubscriptions>().SetMutedKindsAsync(removedId, ["breach"]);
        Service.FailNext(1);
        await LogAsync(Now);
        await DeliverAsync();   // the owner has no device: the removed member's push waits for its retry
        Assert.NotEmpty(await PushRowsAsync());

        Assert.True(await App.Services.GetRequiredService<RemoveMember>().HandleAsync(removedId));
        var newcomerId = await AddMemberAsync("arriving@pressdesk.test");

        Assert.Equal(removedId, newcomerId);
        Assert.Equal(0, await DevicesAsync());
        Assert.Empty(await PushRowsAsync());
        Assert.Empty(await App.Services.GetRequiredService<PushSubscriptions>().MutedKindsAsync(newcomerId));
        await LogAsync(Now);
        await DeliverAsync();
        Assert.Empty(await ArrivedAsync(phone));
    }

    [Fact]
    public async Task A_pending_push_for_a_device_whose_owner_is_gone_is_cancelled_and_the_outbox_sleeps()
    {
        var requestId = await LogAsync(Now);
        // A device whose user row points nowhere, as left by a removal before the clean-up existed.
        await App.Database.ExecuteAsync($"""
            INSERT INTO push_subscriptions (id, user_id, endpoint, p256dh, auth, device_name, created_at)
            VALUES (900, 999, '{WebPushService.AllowedHost}/orphan', 'k', 'a', 'Old phone', 0);
            INSERT INTO push_deliveries (subscription_id, request_id, kind, state, created_at, next_attempt_at)
            VALUES (900, {requestId}, 'new-request', 'pending', 0, {Now.AddMinutes(-1).ToUnixTimeMilliseconds()});
            """);

        Assert.Null(await Pushes.DeliverDueAsync(default));

        Assert.Equal([("new-request", "cancelled")], (await PushRowsAsync()).Select(r => (r.Kind, r.State)));
        Assert.Equal(0, Service.Attempts);
    }
}
