using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PressDesk.Intake.Mailbox;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Intake.Mailbox;

// PressDesk reading a real Dovecot mailbox of its own. The clock is fake: polls and backoff move
// only when a test advances it; network I/O is real, so conditions are awaited for a few seconds.
public abstract class MailboxTest : AppTest
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(1);

    protected MailboxTest(IDictionary<string, string?>? settings = null, string? dovecotConfig = null)
        : this(DovecotServer.Prepare(dovecotConfig), settings)
    {
    }

    private MailboxTest(DovecotServer server, IDictionary<string, string?>? settings)
        : base(settings: Settings(server, settings)) => Server = server;

    protected DovecotServer Server { get; }

    // Runs before the app starts; a test class overrides it to face a server that is down or refuses.
    protected virtual Task PrepareServerAsync() => Server.StartAsync();

    protected MailboxStatus.Snapshot Status => App.Services.GetRequiredService<MailboxStatus>().Current;

    public static Dictionary<string, string?> Settings(DovecotServer server, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["PressDesk:Intake:Imap:Host"] = "127.0.0.1",
            ["PressDesk:Intake:Imap:Port"] = server.Port.ToString(CultureInfo.InvariantCulture),
            ["PressDesk:Intake:Imap:Security"] = "None",
            ["PressDesk:Intake:Imap:Username"] = DovecotServer.User,
            ["PressDesk:Intake:Imap:Password"] = DovecotServer.Password,
            ["PressDesk:Intake:Imap:PollInterval"] = PollInterval.ToString(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return settings;
    }

    public override async Task InitializeAsync()
    {
        await PrepareServerAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Server.DisposeAsync();
    }

    // Waits (real time, 10 s unless `within` says otherwise) until the condition holds; with
    // `advance`, moves the fake clock on each round, for conditions that need a poll or a backoff.
    protected Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? advance = null, TimeSpan? within = null) =>
        Eventually.UntilAsync(condition, what, within, advance is { } step ? () => Time.Advance(step) : null, TimeSpan.FromMilliseconds(40),
            () => $"Mailbox status: {Status}.\nDovecot log:\n{Server.ReadLog()}");

    protected Task EventuallyAsync(Func<bool> condition, string what, TimeSpan? advance = null, TimeSpan? within = null) =>
        EventuallyAsync(() => Task.FromResult(condition()), what, advance, within);

    protected Task<long> CountAsync(string table, PressDeskApp? app = null) =>
        (app ?? App).Database.ScalarAsync<long>($"SELECT count(*) FROM {table}");

    protected async Task<IReadOnlyList<string>> TopicsAsync() =>
        await App.Database.QueryAsync<string>("SELECT topic FROM requests ORDER BY id");

    protected static MimeMessage Mail(string subject, string body = "Could you call me back about this?", DateTimeOffset? date = null,
        string from = "Claire Martin <claire@lemonde.test>", string? messageId = null)
    {
        var message = new MimeMessage
        {
            Subject = subject,
            Date = date ?? Now.AddMinutes(-5),
            MessageId = messageId ?? $"{Guid.NewGuid():N}@lemonde.test",
            Body = new TextPart("plain") { Text = body },
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("press@pressdesk.test"));
        return message;
    }

    protected static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    protected static string Big(int bytes) => new StringBuilder().Insert(0, "All work and no play. ", bytes / 22 + 1).ToString();
}
