using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PressDesk.Push;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Push;

// Review item 13: a push stays within the Web Push limit whatever the script of the names and
// topic the sender of an email chose, and a push service's 413 is final for that delivery.
public sealed class PushPayloadSizeTests(WebPushService service) : PushTest(service)
{
    private static readonly string Name = string.Concat(Enumerable.Repeat("記者名", 66)) + "記者";      // 200 characters, 600 bytes
    private static readonly string Outlet = string.Concat(Enumerable.Repeat("報道機関", 50));          // 200 characters, 600 bytes
    private static readonly string Topic = string.Concat(Enumerable.Repeat("電気料金の値上げ", 25));    // 200 characters, 600 bytes

    private Task<HttpResponseMessage> LogLongRequestAsync() => Api.PostJsonAsync("/api/requests", new
    {
        journalist = new { name = Name, outlet = Outlet },
        topic = Topic,
        question = "Will households pay more this winter?",
        channel = "email",
        receivedAt = Now,
    });

    [Fact]
    public async Task A_request_with_the_longest_non_Latin_names_and_topic_is_pushed_within_the_limit_with_the_names_cut()
    {
        var subscription = await SubscribeAsync();
        (await LogLongRequestAsync()).EnsureSuccessStatusCode();

        Assert.Null(await Pushes.DeliverDueAsync(default));

        var push = Assert.Single(await ArrivedAsync(subscription));
        Assert.True(Encoding.UTF8.GetByteCount(push.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })) <= PushPayload.MaxBytes);
        Assert.Equal(Topic, (string?)push["topic"]);   // within its budget once not escaped
        var journalist = (string)push["journalist"]!;
        Assert.EndsWith("…", journalist);
        Assert.StartsWith(journalist[..^1], Name);
        Assert.EndsWith("…", (string)push["outlet"]!);
        Assert.Contains(Topic[..40], (string?)push["body"]);
        Assert.All(await PushRowsAsync(), row => Assert.Equal("delivered", row.State));
    }

    [Fact]
    public async Task A_413_from_the_push_service_is_recorded_as_final_and_not_retried()
    {
        await SubscribeAsync();
        Service.RefuseAsTooLargeNext(1);
        (await LogLongRequestAsync()).EnsureSuccessStatusCode();

        Assert.Null(await Pushes.DeliverDueAsync(default));
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Null(await Pushes.DeliverDueAsync(default));

        var row = Assert.Single(await PushRowsAsync());
        Assert.Equal(("failed", 1), (row.State, row.Attempts));
        Assert.Contains("413", row.LastError);
        Assert.Equal(1, Service.Attempts);
    }
}
