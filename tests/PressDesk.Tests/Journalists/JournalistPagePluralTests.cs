using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;

namespace PressDesk.Tests.Journalists;

// The journalist page counts in both languages: French puts 0 and 1 in the singular, English only 1.
public class JournalistPagePluralTests() : AppTest(Seed.LongSessions)
{
    private void Speak(string culture) => Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

    [Theory]
    [InlineData("fr-FR", 0, "aujourd’hui")]
    [InlineData("fr-FR", 1, "il y a 1 jour")]
    [InlineData("fr-FR", 2, "il y a 2 jours")]
    [InlineData("en-GB", 0, "today")]
    [InlineData("en-GB", 1, "1 day ago")]
    [InlineData("en-GB", 2, "2 days ago")]
    public async Task The_last_contact_reads_in_days_with_the_right_plural(string culture, int days, string expected)
    {
        var (_, journalist) = await Api.RequestAsync(Now.AddDays(-days).AddMinutes(-5), TimeSpan.FromMinutes(3));
        Speak(culture);

        var page = await Client.GetPageAsync($"/journalists/{journalist}");

        Assert.Equal(expected, page.Text("#health li[data-factor=LastContact] .value"));
    }

    [Theory]
    [InlineData("fr-FR", "cité 0 fois dans 1 publication", "cité 1 fois dans 2 publications", "cité 2 fois dans 3 publications")]
    [InlineData("en-GB", "quoted 0 times in 1 publication", "quoted 1 time in 2 publications", "quoted 2 times in 3 publications")]
    public async Task Quotes_and_publications_read_with_the_right_plural(string culture, string none, string one, string two)
    {
        Speak(culture);
        long journalist = 0;
        var sentences = new List<string>();
        foreach (var (quoted, day) in new[] { (false, 9), (true, 6), (true, 3) })
        {
            (var request, journalist) = await Api.RequestAsync(Now.AddDays(-day), TimeSpan.FromMinutes(5));
            await Client.SaveInterviewAsync(request, "Conversation", Now.AddDays(-day).AddMinutes(30),
                new StatementRow("Tariffs rise by 4%.", "OnRecord", Quote: true));
            await Client.SavePublicationAsync(request, "Tariffs", quoted, quoted ? "Tariffs rise by 4%." : "Nothing from us.");
            sentences.Add(Squash((await Client.GetPageAsync($"/journalists/{journalist}")).Text("#relationship-sentence")));
        }

        Assert.EndsWith(none + ".", sentences[0]);
        Assert.EndsWith(one + ".", sentences[1]);
        Assert.EndsWith(two + ".", sentences[2]);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
