using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;

namespace PressDesk.Tests.Journalists;

public class PersonalDataTests : AppTest
{
    private const string Name = "Zoé Quillardet";
    private const string Email = "zoe.quillardet@example.org";
    private const string Phone = "+33 6 98 76 54 32";
    private const string Beat = "nuclear safety inspections";
    private const string Notes = "Lives near Lyon, prefers mornings";
    private const string Question = "Is the Tricastin reactor leaking tritium?";
    private const string Subject = "Exclusive on decommissioning costs";

    private async Task<(long Journalist, long Request)> SeedAsync()
    {
        var (request, journalist) = await Api.RequestAsync(Now.AddHours(-3), TimeSpan.FromMinutes(12),
            name: Name, outlet: "Le Dauphiné", topic: "Nuclear safety", question: Question);
        await Client.SaveJournalistAsync(journalist, new Dictionary<string, string>
        {
            ["Email"] = Email, ["Phone"] = Phone, ["Beat"] = Beat, ["Notes"] = Notes, ["PreferredChannel"] = "phone",
        });
        await Client.PitchAsync(journalist, Subject);
        return (journalist, request);
    }

    [Fact]
    public async Task The_personal_data_export_holds_everything_about_the_journalist_as_JSON()
    {
        var (journalist, request) = await SeedAsync();

        var response = await Client.GetAsync($"/journalists/{journalist}/personal-data");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Name, (string)json["journalist"]!["name"]!);
        Assert.Equal(Email, (string)json["journalist"]!["email"]!);
        Assert.Equal(Phone, (string)json["journalist"]!["phone"]!);
        Assert.Equal(Notes, (string)json["journalist"]!["notes"]!);
        Assert.Equal(request, (long)json["requests"]![0]!["id"]!);
        Assert.Equal(Question, (string)json["requests"]![0]!["question"]!);
        Assert.Equal(Subject, (string)json["pitches"]![0]!["subject"]!);
    }

    [Fact]
    public async Task Erasing_leaves_no_personal_field_anywhere_in_the_database_files_and_keeps_the_requests_for_statistics()
    {
        var (journalist, request) = await SeedAsync();
        const string Said = "Tricastin inspection report is due in May.";
        const string Article = "Dauphiné article pasted for the leak check.";
        await Client.SaveInterviewAsync(request, "Conversation", Now.AddHours(-2), new StatementRow(Said, "OnRecord", Quote: true));
        await Client.SavePublicationAsync(request, "Nuclear safety", quoted: true, Article);
        Assert.True(ContainsAnywhere(Email), "the seeded email should be on disk before erasing");
        Assert.True(ContainsAnywhere(Said) && ContainsAnywhere(Article), "the statement and article should be on disk before erasing");

        var page = await Client.GetPageAsync($"/journalists/{journalist}/erase");
        var refused = await Client.PostFormAsync($"/journalists/{journalist}/erase", page, new Dictionary<string, string>());
        Assert.Contains("Tick the box to confirm", (await Forms.ParseAsync(refused)).Text(".errors"));
        var erased = await Client.PostFormAsync($"/journalists/{journalist}/erase", page, new Dictionary<string, string> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        foreach (var personal in new[] { Name, "Quillardet", Email, Phone, Beat, Notes, Question, Subject, Said, Article })
            Assert.False(ContainsAnywhere(personal), $"'{personal}' is still in the database files");

        Assert.Equal(1, await App.Database.ScalarAsync<long>("SELECT count(*) FROM requests WHERE id = @request AND journalist_id = @journalist AND topic = 'Nuclear safety' AND responded_at IS NOT NULL", new { request, journalist }));
        var story = await Client.GetPageAsync($"/journalists/{journalist}");
        Assert.Equal($"Erased journalist #{journalist}", story.Text("#journalist-name"));
        Assert.Equal("1", story.Text("#summary-requests"));
        Assert.Null(story.QuerySelector("#pitch-form"));
        Assert.DoesNotContain(journalist.ToString(CultureInfo.InvariantCulture), (await Client.GetPageAsync("/journalists")).QuerySelectorAll("#directory tr").Select(tr => tr.GetAttribute("data-journalist-id")));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/journalists/{journalist}/vcard")).StatusCode);
    }

    [Fact]
    public async Task The_personal_data_export_writes_accents_as_they_are()
    {
        var (journalist, _) = await SeedAsync();
        await Client.SaveJournalistAsync(journalist, new Dictionary<string, string> { ["Beat"] = "Énergie et sûreté nucléaire" });

        var text = await (await Client.GetAsync($"/journalists/{journalist}/personal-data")).Content.ReadAsStringAsync();

        Assert.Contains("\"Énergie et sûreté nucléaire\"", text);
        Assert.Contains("\"Zoé Quillardet\"", text);
        Assert.Contains("\"Le Dauphiné\"", text);
        Assert.DoesNotContain("\\u00", text);
    }

    [Fact]
    public async Task An_erased_record_keeps_a_language_neutral_name_and_its_page_says_it_in_the_readers_language()
    {
        var (_, journalist) = await Api.RequestAsync(Now.AddDays(-2), TimeSpan.FromMinutes(10));
        var page = await Client.GetPageAsync($"/journalists/{journalist}/erase");
        await Client.PostFormAsync($"/journalists/{journalist}/erase", page, new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.Equal($"#{journalist}", await App.Database.ScalarAsync<string>("SELECT name FROM journalists WHERE id = @journalist", new { journalist }));
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        Assert.Equal($"Journaliste effacé n° {journalist}", (await Client.GetPageAsync($"/journalists/{journalist}")).Text("#journalist-name"));
    }

    [Fact]
    public async Task Nothing_new_is_filed_under_an_erased_journalist()
    {
        var (_, journalist) = await Api.RequestAsync(Now.AddDays(-2), TimeSpan.FromMinutes(10));
        var page = await Client.GetPageAsync($"/journalists/{journalist}/erase");
        await Client.PostFormAsync($"/journalists/{journalist}/erase", page, new Dictionary<string, string> { ["Confirm"] = "true" });

        var response = await Api.PostJsonAsync("/api/requests", new { journalist = new { id = journalist }, topic = "Again", channel = "phone" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["journalist.id"]);
    }

    [Fact]
    public async Task Only_the_owner_may_erase()
    {
        var (journalist, _) = await SeedAsync();
        var ownerPage = await Client.GetPageAsync("/team");
        await Client.PostFormAsync("/team", ownerPage, new Dictionary<string, string>
        {
            ["Email"] = "member@pressdesk.test", ["Password"] = "copper meadow violin 77",
        }, "Add");
        var member = await App.CreateSignedInClientAsync("member@pressdesk.test", "copper meadow violin 77");

        var response = await member.GetAsync($"/journalists/{journalist}/erase");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/journalists/{journalist}")).StatusCode);
    }

    // The main file and its write-ahead log, read as raw bytes while the app still runs.
    private bool ContainsAnywhere(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { App.DatabasePath, App.DatabasePath + "-wal", App.DatabasePath + "-journal" })
        {
            if (!File.Exists(path)) continue;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            if (memory.ToArray().AsSpan().IndexOf(needle) >= 0) return true;
        }
        return false;
    }
}
