using System.Net;
using AngleSharp.Dom;
using PressDesk.Interviews;
using PressDesk.Localization;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

// The quote check is written in the journalist's language, else their outlet's, else PressDesk:Culture
// (French here), whatever the language of the user's own pages, and signed from the user's account.
public sealed class QuoteCheckLanguageTests() : AppTest(new Dictionary<string, string?> { ["PressDesk:Culture"] = "fr-FR" })
{
    private const string Quote = "Les ménages paieront 8 % de plus dès février.";

    [Fact]
    public async Task A_French_journalist_gets_a_French_message_and_subject_signed_with_name_title_and_phone()
    {
        await SignAsync("Anne Lambert", "Directrice de la communication", "06 12 34 56 78");
        var request = await InterviewedAsync(journalistLanguage: "fr", outletLanguage: "en");

        var page = await Client.GetPageAsync($"/requests/{request}/quote-check");

        Assert.Equal("Citations pour votre article sur «\u00a0Tarifs douaniers\u00a0»", Subject(page));
        Assert.Equal(
            "Bonjour Claire Martin,\n\n" +
            "Merci pour notre échange. Voici les citations que vous pouvez m'attribuer, pour que vous puissiez les vérifier si vous le souhaitez. Je ne demande pas à relire votre article.\n\n" +
            $"«\u00a0{Quote}\u00a0»\n\n" +
            "Bien cordialement,\nAnne Lambert\nDirectrice de la communication\n06 12 34 56 78",
            Body(page));
        Assert.Equal("fr", page.QuerySelector("#quote-check-text")!.GetAttribute("lang"));
        Assert.Equal("Rédigé en français, la langue du journaliste.", page.Text("#quote-check-language"));
        var mailto = page.QuerySelector("#quote-check-mailto")!.GetAttribute("href")!;
        Assert.StartsWith("mailto:?subject=" + Uri.EscapeDataString(Subject(page)) + "&body=Bonjour%20Claire%20Martin%2C%0D%0A%0D%0AMerci", mailto);
        Assert.EndsWith("Bien%20cordialement%2C%0D%0AAnne%20Lambert%0D%0ADirectrice%20de%20la%20communication%0D%0A06%2012%2034%2056%2078", mailto);
        Assert.DoesNotContain(" ", mailto);
    }

    [Fact]
    public async Task An_English_journalist_gets_an_English_message_though_the_user_reads_French()
    {
        await SignAsync("Anne Lambert", "Head of communications", "+33 6 12 34 56 78");
        var request = await InterviewedAsync(journalistLanguage: "en", outletLanguage: null);

        var page = await Client.GetPageAsync($"/requests/{request}/quote-check");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));   // the page itself stays French
        Assert.Equal("Quotes for your piece on “Tarifs douaniers”", Subject(page));
        Assert.Equal(
            "Hello Claire Martin,\n\n" +
            "Thank you for the interview. Here are the quotes you may attribute to me, so that you can check them if you wish. I am not asking to read your article.\n\n" +
            $"“{Quote}”\n\n" +
            "Best regards,\nAnne Lambert\nHead of communications\n+33 6 12 34 56 78",
            Body(page));
        Assert.Equal("en", page.QuerySelector("#quote-check-subject")!.GetAttribute("lang"));
        Assert.Equal("Rédigé en anglais, la langue du journaliste.", page.Text("#quote-check-language"));
    }

    [Fact]
    public async Task A_journalist_without_a_language_at_an_English_outlet_gets_English()
    {
        var request = await InterviewedAsync(journalistLanguage: null, outletLanguage: "en");

        var page = await Client.GetPageAsync($"/requests/{request}/quote-check");

        Assert.StartsWith("Hello Claire Martin,", Body(page));
        Assert.Equal("Rédigé en anglais, la langue du média du journaliste.", page.Text("#quote-check-language"));
    }

    [Fact]
    public async Task Without_any_language_the_message_is_in_PressDesk_Culture_and_signed_with_the_email_when_there_is_no_name()
    {
        var request = await InterviewedAsync(journalistLanguage: null, outletLanguage: null);

        var page = await Client.GetPageAsync($"/requests/{request}/quote-check");

        Assert.StartsWith("Bonjour Claire Martin,", Body(page));
        Assert.EndsWith("Bien cordialement,\n" + PressDeskApp.OwnerEmail, Body(page));
        Assert.StartsWith("Rédigé en français, la langue par défaut de PressDesk", page.Text("#quote-check-language"));
    }

    [Fact]
    public async Task A_French_Q_and_A_where_the_outlet_allows_it_offers_the_answers_in_French()
    {
        var request = await InterviewedAsync(journalistLanguage: "fr", outletLanguage: null, format: "QandA", norm: "QaAnswersAllowed");

        var body = Body(await Client.GetPageAsync($"/requests/{request}/quote-check"));

        Assert.Contains("Comme convenu pour cet entretien en questions-réponses, voici mes réponses telles que je les ai données", body);
        Assert.Contains("Une réponse sur le réseau, non marquée.", body);
    }

    [Theory]
    [InlineData("fr", "en", "fr-FR", "fr", QuoteCheckLanguageSource.Journalist)]
    [InlineData(null, "en", "fr-FR", "en", QuoteCheckLanguageSource.Outlet)]
    [InlineData(null, null, "en-GB", "en", QuoteCheckLanguageSource.Default)]
    [InlineData(null, null, "fr-FR", "fr", QuoteCheckLanguageSource.Default)]
    public void The_journalist_decides_then_the_outlet_then_the_configured_culture(
        string? journalist, string? outlet, string configured, string expected, QuoteCheckLanguageSource source)
    {
        var chosen = QuoteCheckLanguage.Choose(journalist, outlet, Languages.Find(configured)!);

        Assert.Equal(expected, Languages.CodeOf(chosen.Culture));
        Assert.Equal(source, chosen.Source);
    }

    private static string Subject(IDocument page) => page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#quote-check-subject")!.Value;

    private static string Body(IDocument page) => page.QuerySelector("#quote-check-text")!.TextContent.ReplaceLineEndings("\n");

    private Task<int> SignAsync(string name, string title, string phone) =>
        App.Database.ExecuteAsync("UPDATE users SET display_name = @name, job_title = @title, phone = @phone WHERE email = @email",
            new { name, title, phone, email = PressDeskApp.OwnerEmail });

    private async Task<long> InterviewedAsync(string? journalistLanguage, string? outletLanguage, string format = "Conversation", string? norm = null)
    {
        var (request, journalist) = await Api.RequestAsync(Now.AddMinutes(-60), TimeSpan.FromMinutes(10), topic: "Tarifs douaniers");
        await App.Database.ExecuteAsync("UPDATE journalists SET language = @journalistLanguage WHERE id = @journalist", new { journalistLanguage, journalist });
        await App.Database.ExecuteAsync(
            "UPDATE outlets SET language = @outletLanguage WHERE id = (SELECT outlet_id FROM journalists WHERE id = @journalist)", new { outletLanguage, journalist });
        if (norm is not null) await Client.SetReviewNormAsync(App, journalist, norm);
        var saved = await Client.SaveInterviewAsync(request, format, Now.AddMinutes(-40),
            new StatementRow(Quote, "OnRecord", Quote: true), new StatementRow("Une réponse sur le réseau, non marquée.", "OnRecord"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return request;
    }
}
