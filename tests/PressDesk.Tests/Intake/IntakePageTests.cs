using System.Net;
using System.Text;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Intake.DropFolder;

namespace PressDesk.Tests.Intake;

public sealed class IntakePageTests : DropFolderTest
{
    private static readonly string FutureDate = PressDeskApp.DefaultStart.AddYears(1).ToString("r", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_page_shows_recent_intakes_with_attachments_and_rejected_items_with_reasons()
    {
        Drop("with-file.eml", WithAttachment());
        Drop("late.eml", Mail("<late@x.test>", "Claire Martin <claire@lemonde.test>", "Late", "Q", FutureDate));
        await WaitUntilAsync(() => File.Exists(Path.Combine(Processed, "with-file.eml")) && File.Exists(Path.Combine(Rejected, "late.eml")), "both files filed");

        var page = await Client.GetPageAsync("/intake");

        var recent = page.QuerySelector("#recent tbody tr")!;
        Assert.Equal("drop", recent.GetAttribute("data-source"));
        Assert.Contains("Grid outage", recent.QuerySelector("a[href^='/requests/']")!.TextContent);
        Assert.Contains("with-file.eml", recent.TextContent);
        Assert.Contains("figures.xlsx", recent.QuerySelector(".attachments")!.TextContent);
        var rejected = page.QuerySelector("#rejected tbody tr")!;
        Assert.Contains("late.eml", rejected.QuerySelector(".name")!.TextContent);
        Assert.Contains("in the future", rejected.QuerySelector(".reason")!.TextContent);
        Assert.Contains("No mailbox configured", page.Text("#mailbox"));
        Assert.Contains("PressDesk:Intake:Imap:Host", page.Text("#mailbox"));
        Assert.NotNull(page.QuerySelector("nav a[href='/intake']"));
    }

    [Fact]
    public async Task Retry_reads_a_fixed_file_again()
    {
        Drop("late.eml", Mail("<late@x.test>", "Claire Martin <claire@lemonde.test>", "Late", "Q", FutureDate));
        await WaitForFileAsync(Path.Combine(Rejected, "late.eml"));
        // The user fixes the date in rejected/, then presses Retry.
        File.WriteAllBytes(Path.Combine(Rejected, "late.eml"), Mail("<late@x.test>", "Claire Martin <claire@lemonde.test>", "Late", "Q"));

        var page = await Client.GetPageAsync("/intake");
        var retry = page.QuerySelector("#rejected form[action*='handler=Retry']")!.GetAttribute("action")!;
        var response = await Client.PostFormAsync(retry, page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(Rejected, "late.eml.reason.txt")));
        await WaitForFileAsync(Path.Combine(Processed, "late.eml"));
        Assert.Equal(1, await CountAsync("requests"));
        var after = await Client.GetPageAsync("/intake");
        Assert.Null(after.QuerySelector("#rejected"));
        Assert.Contains("Late", after.Text("#recent"));
    }

    [Fact]
    public async Task Retry_of_a_file_that_vanished_says_so_and_dismiss_hides_the_item()
    {
        Drop("gone.json", Encoding.UTF8.GetBytes("{}"));
        await WaitForFileAsync(Path.Combine(Rejected, "gone.json"));
        File.Move(Path.Combine(Rejected, "gone.json"), Path.Combine(Folder, "..", $"moved-away-{Guid.NewGuid():N}.json"));

        var page = await Client.GetPageAsync("/intake");
        var retry = await Client.PostFormAsync(page.QuerySelector("#rejected form[action*='handler=Retry']")!.GetAttribute("action")!, page, new Dictionary<string, string>());
        var said = await Forms.ParseAsync(retry);
        Assert.Contains("gone.json is no longer in rejected/", said.Text("#retry-result"));

        var dismiss = await Client.PostFormAsync(said.QuerySelector("#rejected form[action*='handler=Dismiss']")!.GetAttribute("action")!, said, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, dismiss.StatusCode);
        var after = await Client.GetPageAsync("/intake");
        Assert.Null(after.QuerySelector("#rejected"));
        Assert.True(File.Exists(Path.Combine(Rejected, "gone.json.reason.txt")));   // dismissing deletes nothing
    }

    [Fact]
    public async Task Third_party_text_on_the_intake_page_is_encoded()
    {
        Drop("x.eml", Mail("<x@x.test>", "\"<img src=x onerror=alert(1)>\" <evil@x.test>", "<script>alert(1)</script>", "Q"));
        Drop("bad.json", Encoding.UTF8.GetBytes("""{ "journalist": "X", "email": "<b onmouseover=alert(2)>", "topic": "T" }"""));
        await WaitUntilAsync(() => File.Exists(Path.Combine(Processed, "x.eml")) && File.Exists(Path.Combine(Rejected, "bad.json")), "both files filed");

        var html = await (await Client.GetAsync("/intake")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b onmouseover", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;b onmouseover=alert(2)&gt;", html);
    }

    [Fact]
    public async Task The_page_requires_sign_in()
    {
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/intake");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery);
    }

    internal static byte[] WithAttachment() => Encoding.ASCII.GetBytes("""
        From: Claire Martin <claire@lemonde.test>
        Subject: Grid outage
        Date: Sat, 28 Nov 2026 13:50:00 +0000
        Message-ID: <att@x.test>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8

        Figures attached.
        --b1
        Content-Type: application/octet-stream
        Content-Disposition: attachment; filename="figures.xlsx"
        Content-Transfer-Encoding: base64

        AAAA
        --b1--
        """.Replace("\n", "\r\n"));
}
