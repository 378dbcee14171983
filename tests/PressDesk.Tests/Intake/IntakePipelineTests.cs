using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PressDesk.Intake;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Intake;

// The pipeline every source shares: identity makes it exactly-once, the sender's address finds the journalist.
public sealed class IntakePipelineTests() : AppTest(backgroundWorkers: false)
{
    private IntakePipeline Pipeline => App.Services.GetRequiredService<IntakePipeline>();

    [Fact]
    public async Task The_same_email_read_twice_makes_one_request()
    {
        var raw = Mail("<q1@lemonde.test>", "Claire Martin <claire@lemonde.test>", "Grid outage", "Can you explain the outage?");

        var first = await IngestAsync(raw, "q1.eml");
        var second = await IngestAsync(raw, "q1-copy.eml");

        var stored = Assert.IsType<IntakeOutcome.Stored>(first);
        Assert.Equal(stored.RequestId, Assert.IsType<IntakeOutcome.Duplicate>(second).RequestId);
        Assert.Equal(1, await CountAsync("requests"));
    }

    [Fact]
    public async Task Two_emails_from_one_address_make_one_journalist_and_two_requests()
    {
        await IngestAsync(Mail("<a@x.test>", "Claire Martin <claire@lemonde.test>", "Grid outage", "First question"), "a.eml");
        // Her phone's mail app shows another name; the address is what identifies her.
        await IngestAsync(Mail("<b@x.test>", "C. Martin <CLAIRE@lemonde.test>", "Heat pumps", "Second question"), "b.eml");

        Assert.Equal(2, await CountAsync("requests"));
        Assert.Equal(1, await CountAsync("journalists"));
    }

    private static readonly DateTimeOffset SentAt = PressDeskApp.DefaultStart.AddMinutes(-5);

    [Fact]
    public async Task A_french_iso_8859_1_quoted_printable_html_email_becomes_a_clean_request()
    {
        var raw = Encoding.ASCII.GetBytes($$"""
            From: =?iso-8859-1?q?H=E9l=E8ne_Dupr=E9?= <helene@liberation.test>
            To: expert@pressdesk.test
            Subject: =?iso-8859-1?q?Question_sur_l'=E9nergie_nucl=E9aire?=
            Date: {{SentAt.ToMailDate()}}
            Message-ID: <fr1@liberation.test>
            MIME-Version: 1.0
            Content-Type: text/html; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            <html><head><style>p{color:red}</style></head><body><p>Bonjour,</p><p>Pourriez-vous m'expliquer =
            le r=F4le des r=E9acteurs ?</p><div class=3D"gmail_quote">Le ven. 27 nov. a =E9crit : ancien message</div></body></html>
            """.Replace("\n", "\r\n"));

        var stored = Assert.IsType<IntakeOutcome.Stored>(await IngestAsync(raw, "fr.eml"));

        await using var connection = await App.Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(string Topic, string Question, string Channel, long ReceivedAt, string Name, string Email)>("""
            SELECT r.topic, r.question, r.channel, r.received_at, j.name, j.email
            FROM requests r JOIN journalists j ON j.id = r.journalist_id WHERE r.id = @id
            """, new { id = stored.RequestId });
        Assert.Equal("Question sur l'énergie nucléaire", row.Topic);
        Assert.Equal("Bonjour,\n\nPourriez-vous m'expliquer le rôle des réacteurs ?", row.Question);
        Assert.Equal("email", row.Channel);
        Assert.Equal(SentAt.ToUnixTimeMilliseconds(), row.ReceivedAt);
        Assert.Equal(("Hélène Dupré", "helene@liberation.test"), (row.Name, row.Email));
    }

    private async Task<IntakeOutcome> IngestAsync(byte[] raw, string name)
    {
        var mail = await MimeMessage.LoadAsync(new MemoryStream(raw));
        return await Pipeline.IngestAsync(EmailReader.Read(mail, IntakeSource.Drop, name, raw));
    }

    private Task<long> CountAsync(string table) => App.Database.ScalarAsync<long>($"SELECT count(*) FROM {table}");

    private static byte[] Mail(string messageId, string from, string subject, string body) => Encoding.UTF8.GetBytes($"""
        From: {from}
        To: expert@pressdesk.test
        Subject: {subject}
        Date: {PressDeskApp.DefaultStart.AddMinutes(-15).ToMailDate()}
        Message-ID: {messageId}
        Content-Type: text/plain; charset=utf-8

        {body}
        """.Replace("\n", "\r\n"));
}
