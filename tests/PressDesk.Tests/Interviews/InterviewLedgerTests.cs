using System.Net;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

public class InterviewLedgerTests : AppTest
{
    private const string OffRecord = "Between us, the board will sack the chief executive in March.";
    private const string Quote = "Households will pay 8% more from February.";

    private async Task<(long Request, long Journalist)> AnsweredAsync(string name = "Claire Martin", string outlet = "Les Echos", int minutesAgo = 60) =>
        await Api.RequestAsync(Now.AddMinutes(-minutesAgo), TimeSpan.FromMinutes(10), name: name, outlet: outlet);

    [Fact]
    public async Task Off_record_text_is_not_in_the_database_files_but_the_page_shows_it_to_a_signed_in_user()
    {
        var (request, _) = await AnsweredAsync();
        var saved = await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40),
            new StatementRow(Quote, "OnRecord", Quote: true), new StatementRow(OffRecord, "OffRecord", Agreement: "No"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.False(Ledger.FileContains(App.DatabasePath, OffRecord), "plaintext in pressdesk.db");
        Assert.False(Ledger.FileContains(App.DatabasePath + "-wal", OffRecord), "plaintext in pressdesk.db-wal");
        Assert.False(Ledger.FileContains(App.DatabasePath, "sack the chief") || Ledger.FileContains(App.DatabasePath + "-wal", "sack the chief"));
        Assert.True(Ledger.FileContains(App.DatabasePath, Quote) || Ledger.FileContains(App.DatabasePath + "-wal", Quote), "the on-record quote is stored as is");

        var page = await Client.GetPageAsync($"/requests/{request}/interview");
        Assert.Contains(OffRecord, page.Texts("textarea"));
        Assert.Equal("Interviewed", (await Client.GetPageAsync($"/requests/{request}")).Text("#status"));
    }

    [Fact]
    public async Task The_quote_check_holds_only_on_record_statements_marked_as_quotes_and_never_the_article()
    {
        var (request, _) = await AnsweredAsync();
        await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40),
            new StatementRow(Quote, "OnRecord", Quote: true),
            new StatementRow("Unmarked on-record remark about tariffs.", "OnRecord"),
            new StatementRow("Background remark about the regulator.", "Background", Quote: true, Agreement: "Yes", QuoteConfirmed: true),
            new StatementRow("Deep background remark about the cabinet.", "DeepBackground", Quote: true, Agreement: "Yes", QuoteConfirmed: true),
            new StatementRow(OffRecord, "OffRecord", Quote: true, Agreement: "No", QuoteConfirmed: true));

        var page = await Client.GetPageAsync($"/requests/{request}/quote-check");
        var text = page.QuerySelector("#quote-check-text")!.TextContent;

        Assert.Contains(Quote, text);
        foreach (var excluded in new[] { "Unmarked on-record", "Background remark", "Deep background remark", "sack the chief" })
            Assert.DoesNotContain(excluded, text);
        Assert.Contains("re-read the article", page.Text("#why-not-article"));
        var mailto = page.QuerySelector("#quote-check-mailto")!.GetAttribute("href")!;
        Assert.StartsWith("mailto:?subject=", mailto);
        Assert.Contains("%E2%80%9CHouseholds%20will%20pay%208%25%20more", mailto);
        Assert.DoesNotContain(" ", mailto);
    }

    [Theory]
    [InlineData("QaAnswersAllowed", true)]
    [InlineData("QuotesOnly", false)]
    public async Task Q_and_A_answers_appear_only_where_the_outlet_allows_re_reading_them(string norm, bool answersIncluded)
    {
        var (request, journalist) = await AnsweredAsync();
        await Client.SetReviewNormAsync(App, journalist, norm);
        await Client.SaveInterviewAsync(request, "QandA", Now.AddMinutes(-40),
            new StatementRow(Quote, "OnRecord", Quote: true),
            new StatementRow("An answer about grid investment, not marked.", "OnRecord"),
            new StatementRow(OffRecord, "OffRecord", Agreement: "Yes"));

        var text = (await Client.GetPageAsync($"/requests/{request}/quote-check")).QuerySelector("#quote-check-text")!.TextContent;

        Assert.Contains(Quote, text);
        Assert.Equal(answersIncluded, text.Contains("An answer about grid investment"));
        Assert.DoesNotContain("sack the chief", text);
    }

    [Fact]
    public async Task No_review_produces_no_message_and_says_the_outlet_does_not_do_reviews()
    {
        var (request, journalist) = await AnsweredAsync();
        await Client.SetReviewNormAsync(App, journalist, "NoReview");
        await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40), new StatementRow(Quote, "OnRecord", Quote: true));

        var page = await Client.GetPageAsync($"/requests/{request}/quote-check");

        Assert.Null(page.QuerySelector("#quote-check-text"));
        Assert.Null(page.QuerySelector("#quote-check-mailto"));
        Assert.Contains("does not do reviews", page.Text("#no-review"));
        Assert.Null(page.QuerySelector("#why-not-article"));   // no "you may offer to check the quotes" above it
    }

    [Fact]
    public async Task Warnings_appear_on_the_next_request_from_the_same_journalist_and_not_on_another_journalists()
    {
        var (first, _) = await AnsweredAsync(minutesAgo: 120);
        await Client.SaveInterviewAsync(first, "Conversation", Now.AddMinutes(-100),
            new StatementRow(OffRecord, "OffRecord", Agreement: "No"),
            new StatementRow("The regulator is split.", "Background", Agreement: "Yes"));
        var (next, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        var (other, _) = await Api.RequestAsync(Now.AddMinutes(-5), name: "Paul Durand", outlet: "Le Monde");

        var nextPage = await Client.GetPageAsync($"/requests/{next}");
        var warnings = nextPage.QuerySelector("#earlier-statements")!;
        Assert.Contains(OffRecord, warnings.TextContent);
        Assert.Contains("The regulator is split.", warnings.TextContent);
        Assert.Contains("danger", warnings.ClassName);
        Assert.Contains(OffRecord, warnings.QuerySelector("li.unagreed")!.TextContent);
        Assert.Contains("never agreed", warnings.TextContent);

        Assert.Null((await Client.GetPageAsync($"/requests/{other}")).QuerySelector("#earlier-statements"));
        Assert.Null((await Client.GetPageAsync($"/requests/{first}")).QuerySelector("#earlier-statements"));
    }

    [Fact]
    public async Task The_journalist_page_lists_what_was_said_off_the_record()
    {
        var (request, journalist) = await AnsweredAsync(minutesAgo: 120);
        await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-100),
            new StatementRow(OffRecord, "OffRecord", Agreement: "No"),
            new StatementRow("Our prices rise 4 % in March.", "OnRecord", Quote: true));

        var statements = (await Client.GetPageAsync($"/journalists/{journalist}")).QuerySelector("#journalist-statements")!;

        Assert.Contains(OffRecord, statements.QuerySelector("li.unagreed")!.TextContent);
        Assert.DoesNotContain("Our prices rise", statements.TextContent);
    }

    [Fact]
    public async Task A_leaked_off_record_statement_is_flagged_on_the_publication_and_the_journalist()
    {
        var (request, journalist) = await AnsweredAsync();
        await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40),
            new StatementRow(Quote, "OnRecord", Quote: true), new StatementRow(OffRecord, "OffRecord", Agreement: "No"));

        var saved = await Client.SavePublicationAsync(request, "Tariffs up", quoted: true,
            "Prices rise. According to a source, « BETWEEN US — the board will SACK the chief exécutive in march ».");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var publication = await Client.GetPageAsync($"/requests/{request}/publication");
        Assert.Contains("Leak: 1", publication.Text("#leak-flag"));
        Assert.Equal("Published", (await Client.GetPageAsync($"/requests/{request}")).Text("#status"));
        var story = await Client.GetPageAsync($"/journalists/{journalist}");
        Assert.Equal("1", story.Text("#summary-publications"));
        Assert.Equal("1", story.Text("#summary-quoted"));
        Assert.NotNull(story.QuerySelector("#journalist-leaks"));
    }

    [Fact]
    public async Task An_unrelated_article_flags_no_leak_and_bad_input_stores_nothing()
    {
        var (request, _) = await AnsweredAsync();
        await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40), new StatementRow(OffRecord, "OffRecord"));

        var bad = await Client.SavePublicationAsync(request, new string('x', 301), quoted: false, "Anything.");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("at most 300 characters", (await Forms.ParseAsync(bad)).Text(".errors"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM publications"));

        await Client.SavePublicationAsync(request, "Tariffs", quoted: false, "Energy prices will rise in February for most households.");
        Assert.NotNull((await Client.GetPageAsync($"/requests/{request}/publication")).QuerySelector("#no-leak"));
    }

    [Fact]
    public async Task An_unanswered_request_has_no_interview_yet()
    {
        var (request, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        var page = await Client.GetPageAsync($"/requests/{request}/interview");
        Assert.NotNull(page.QuerySelector("#not-answered"));
    }

    [Fact]
    public async Task Statistics_show_the_share_quoted_by_response_time_bucket()
    {
        var (fast, _) = await Api.RequestAsync(Now.AddHours(-3), TimeSpan.FromMinutes(10));
        var (slow, _) = await Api.RequestAsync(Now.AddHours(-3), TimeSpan.FromMinutes(90), topic: "Another");
        await Client.SavePublicationAsync(fast, "Quoted piece", quoted: true, "");
        await Client.SavePublicationAsync(slow, "Other piece", quoted: false, "");

        var rows = (await Client.GetPageAsync("/statistics")).QuerySelectorAll("#quoted-by-response-time tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

        Assert.Equal(["under 15 min", "1", "1"], rows[0].Take(3));
        Assert.StartsWith("100", rows[0][3]);
        Assert.Equal(["1–2 h", "1", "0"], rows[3].Take(3));
        Assert.StartsWith("0", rows[3][3]);
        Assert.Equal("—", rows[4][3]);
    }

    [Fact]
    public async Task The_form_starts_with_one_statement_and_keeps_one_empty_block_after_the_saved_ones()
    {
        var (request, _) = await AnsweredAsync();
        var blank = await Client.GetPageAsync($"/requests/{request}/interview");
        Assert.Single(blank.QuerySelectorAll("#statements fieldset.statement"));
        Assert.NotNull(blank.QuerySelector("#statement-template"));

        await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40),
            new StatementRow(Quote, "OnRecord", Quote: true), new StatementRow("", "OnRecord"), new StatementRow(OffRecord, "OffRecord", Agreement: "No"));

        var page = await Client.GetPageAsync($"/requests/{request}/interview");
        var blocks = page.QuerySelectorAll("#statements fieldset.statement");
        Assert.Equal(3, blocks.Length);   // the two statements (the blank one was ignored) and a spare for a page without JavaScript
        Assert.Equal("", page.QuerySelector("#st-2-text")!.TextContent);
        Assert.Equal(OffRecord, page.QuerySelector("#st-1-text")!.TextContent);
    }

    [Fact]
    public async Task A_quote_that_is_not_on_the_record_is_refused_with_a_message_on_that_statement()
    {
        var (request, _) = await AnsweredAsync();

        var refused = await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40),
            new StatementRow(Quote, "OnRecord", Quote: true), new StatementRow(OffRecord, "Background", Quote: true, Agreement: "Yes"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Forms.ParseAsync(refused);
        Assert.Equal("A quote attributed to you must be on the record; change the level or untick the quote, or tick 'Yes, I mean it'.",
            page.Text("[data-valmsg-for='Statements[1].IsQuote']"));
        Assert.Equal("", page.Text("[data-valmsg-for='Statements[0].IsQuote']"));
        Assert.False(page.QuerySelector("#statement-1 [data-quote-warning]")!.HasAttribute("hidden"));
        Assert.True(page.QuerySelector("#statement-0 [data-quote-warning]")!.HasAttribute("hidden"));
        Assert.NotNull(page.QuerySelector("#st-1-quote-confirmed"));
        Assert.Equal("Responded", (await Client.GetPageAsync($"/requests/{request}")).Text("#status"));
    }

    [Fact]
    public async Task A_confirmed_quote_that_is_not_on_the_record_is_saved_and_kept_out_of_the_quote_check()
    {
        var (request, _) = await AnsweredAsync();

        var saved = await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40),
            new StatementRow(Quote, "OnRecord", Quote: true),
            new StatementRow("The regulator is split on the cap.", "Background", Quote: true, Agreement: "Yes", QuoteConfirmed: true));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var form = await Client.GetPageAsync($"/requests/{request}/interview");
        Assert.True(form.QuerySelector("#st-1-quote")!.HasAttribute("checked"));
        Assert.True(form.QuerySelector("#st-1-quote-confirmed")!.HasAttribute("checked"));   // saving again needs no new confirmation
        var text = (await Client.GetPageAsync($"/requests/{request}/quote-check")).QuerySelector("#quote-check-text")!.TextContent;
        Assert.Contains(Quote, text);
        Assert.DoesNotContain("regulator is split", text);
    }
}
