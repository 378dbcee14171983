using System.Net;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

// The quote-check message comes from the same template folder as the briefing sheets: a template in
// the user's folder (PressDesk:Briefings:TemplateFolder) wins over the shipped one, a language the
// user did not edit keeps the shipped template, and a broken one says what to fix.
public sealed class QuoteCheckTemplateTests : AppTest
{
    private const string Quote = "Households will pay 8% more from February.";
    private readonly string _folder;

    public QuoteCheckTemplateTests() : this(NewFolder()) { }

    private QuoteCheckTemplateTests(string folder) : base(new Dictionary<string, string?> { ["PressDesk:Briefings:TemplateFolder"] = folder }) =>
        _folder = folder;

    private static string NewFolder() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pressdesk-templates", Guid.NewGuid().ToString("N"))).FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        PressDeskApp.DeleteQuietly(_folder);
    }

    private void Write(string file, string source)
    {
        var path = Path.Combine(_folder, file);
        File.WriteAllText(path, source);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(Random.Shared.Next(1, 1000)));   // a coarse clock could repeat a stamp
    }

    [Fact]
    public async Task A_user_edited_template_overrides_the_shipped_one_and_the_other_language_stays_shipped()
    {
        Write("quote-check.en.liquid", "Subject: Checking {{ request.topic }}\n\nHi {{ journalist.name }}, can you check these?\n{% for q in quotes %}- {{ q }}\n{% endfor %}Cheers, {{ signature.email }}\n");
        var (request, journalist) = await InterviewedAsync();

        var page = await Client.GetPageAsync($"/requests/{request}/quote-check");
        Assert.Equal("Checking The new energy tariff", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#quote-check-subject")!.Value);
        Assert.Equal($"Hi Claire Martin, can you check these?\n- {Quote}\nCheers, {PressDeskApp.OwnerEmail}",
            page.QuerySelector("#quote-check-text")!.TextContent.ReplaceLineEndings("\n"));

        await App.Database.ExecuteAsync("UPDATE journalists SET language = 'fr' WHERE id = @journalist", new { journalist });
        var french = await Client.GetPageAsync($"/requests/{request}/quote-check");
        Assert.StartsWith("Bonjour Claire Martin,", french.QuerySelector("#quote-check-text")!.TextContent);
    }

    [Fact]
    public async Task A_template_without_a_subject_line_gives_an_error_naming_the_file_and_the_rule()
    {
        Write("quote-check.en.liquid", "Hi {{ journalist.name }}");
        var (request, _) = await InterviewedAsync();

        var response = await Client.GetAsync($"/requests/{request}/quote-check");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        var error = page.Text("#template-error");
        Assert.Contains("quote-check.en.liquid", error);
        Assert.Contains("subject:", error);
        Assert.Null(page.QuerySelector("#quote-check-mailto"));

        // The error is for the user, in their language, whatever the journalist's.
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var french = await Forms.ParseAsync(await Client.GetAsync($"/requests/{request}/quote-check"));
        Assert.Contains("La première ligne écrite par le modèle doit être", french.Text("#template-error"));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/requests/{request}")).StatusCode);
    }

    private async Task<(long Request, long Journalist)> InterviewedAsync()
    {
        var (request, journalist) = await Api.RequestAsync(Now.AddMinutes(-60), TimeSpan.FromMinutes(10));
        var saved = await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40), new StatementRow(Quote, "OnRecord", Quote: true));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (request, journalist);
    }
}
