using System.Text;
using PressDesk.Intake;

namespace PressDesk.Tests.Intake;

// What a journalist's email looks like once it is a request: the question without the thread
// below it or the signature, attachments named but not kept, encodings decoded.
public sealed class EmailReaderTests
{
    [Fact]
    public void A_plain_text_reply_loses_the_quoted_thread_and_the_signature()
    {
        var message = Read("""
            Content-Type: text/plain; charset=utf-8

            Could you comment on the new grid tariff by 4pm?

            --
            Claire Martin, Les Echos
            +33 1 23 45 67 89

            On Fri, 27 Nov 2026 at 10:00, Expert <expert@pressdesk.test> wrote:
            > Happy to help any time.
            """);

        Assert.Equal("Could you comment on the new grid tariff by 4pm?", message.Question);
    }

    [Theory]
    [InlineData("Le ven. 27 nov. 2026 à 10:00, Expert <expert@pressdesk.test> a écrit :")]
    [InlineData("On Fri, 27 Nov 2026 at 10:00, Expert <expert@pressdesk.test>\r\nwrote:")]
    [InlineData("-----Original Message-----\r\nFrom: Expert")]
    [InlineData("________________________________\r\nFrom: Expert <expert@pressdesk.test>\r\nSent: Friday")]
    [InlineData("De : Expert <expert@pressdesk.test>\r\nEnvoyé : vendredi")]
    [InlineData("Sent from my iPhone")]
    public void The_common_thread_markers_of_english_and_french_clients_end_the_question(string marker)
    {
        var message = Read($"""
            Content-Type: text/plain; charset=utf-8

            Pouvez-vous commenter ?

            {marker}
            Earlier text that must not be kept.
            """);

        Assert.Equal("Pouvez-vous commenter ?", message.Question);
    }

    [Fact]
    public void Attachments_are_named_in_the_question_and_their_content_is_not_kept()
    {
        var message = Read("""
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            The draft is attached.
            --b1
            Content-Type: application/pdf; name="draft.pdf"
            Content-Disposition: attachment; filename="draft.pdf"
            Content-Transfer-Encoding: base64

            U0VDUkVUIERSQUZUIENPTlRFTlQ=
            --b1--
            """);

        Assert.Equal("The draft is attached.", message.Question);
        Assert.Equal(["draft.pdf"], message.Attachments);
        Assert.DoesNotContain("SECRET", message.Question);
    }

    [Fact]
    public void A_base64_utf8_body_and_an_encoded_subject_come_out_right()
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("Zürich, Kraków, 東京: what changes for exporters?"));
        var message = Read($"""
            Subject: =?utf-8?b?{Convert.ToBase64String(Encoding.UTF8.GetBytes("Tarifs douaniers — réaction"))}?=
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            {body}
            """);

        Assert.Equal("Tarifs douaniers — réaction", message.Topic);
        Assert.Equal("Zürich, Kraków, 東京: what changes for exporters?", message.Question);
    }

    [Fact]
    public void An_html_only_email_keeps_paragraphs_and_list_items_and_drops_styles_and_quotes()
    {
        var message = Read("""
            Content-Type: text/html; charset=utf-8

            <html><head><style>.x{}</style><script>alert(1)</script></head><body>
            <p>Two questions:</p><ul><li>How big is the risk?</li><li>Who pays?</li></ul>
            <blockquote>old thread</blockquote></body></html>
            """);

        Assert.Equal("Two questions:\n\n- How big is the risk?\n- Who pays?", message.Question);
    }

    [Fact]
    public void A_message_without_an_id_is_identified_by_its_content()
    {
        var raw = Bytes("""
            From: Claire <claire@lesechos.test>
            Subject: Same

            Same body
            """);

        var (first, _) = EmailReader.Parse(raw, IntakeSource.Drop, "a.eml");
        var (second, _) = EmailReader.Parse(raw.ToArray(), IntakeSource.Imap, "INBOX/1");

        Assert.StartsWith("sha256:", first!.Identity);
        Assert.Equal(first.Identity, second!.Identity);
    }

    private static IntakeMessage Read(string headersAndBody)
    {
        var (message, problem) = EmailReader.Parse(Bytes($"""
            From: Claire Martin <claire@lesechos.test>
            Message-ID: <{Guid.NewGuid()}@lesechos.test>
            {(headersAndBody.StartsWith("Subject:", StringComparison.Ordinal) ? "" : "Subject: Grid tariff\n")}{headersAndBody}
            """), IntakeSource.Drop, "test.eml");
        Assert.Null(problem);
        return message!;
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n").Replace("\n", "\r\n"));
}
