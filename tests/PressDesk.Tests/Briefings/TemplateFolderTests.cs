using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Briefings;

// Each test gets its own template folder, set through PressDesk:Briefings:TemplateFolder.
public sealed class TemplateFolderTests : AppTest
{
    private readonly string _folder;

    public TemplateFolderTests() : this(NewFolder()) { }

    private TemplateFolderTests(string folder) : base(new Dictionary<string, string?> { ["PressDesk:Briefings:TemplateFolder"] = folder }) =>
        _folder = folder;

    private static string NewFolder() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pressdesk-templates", Guid.NewGuid().ToString("N"))).FullName;

    private void Write(string name, string source)
    {
        var path = Path.Combine(_folder, name + ".md.liquid");
        File.WriteAllText(path, source);
        // A coarse file system could give two quick writes the same time stamp.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(Random.Shared.Next(1, 1000)));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        PressDeskApp.DeleteQuietly(_folder);
    }

    [Fact]
    public async Task A_broken_template_gives_an_error_page_with_line_and_column_and_the_app_keeps_working()
    {
        Write("briefing", "# {{ request.topic }}\n\n{% if request.deadline %}\nDeadline {{ request.deadline \n");
        var id = await BriefingSeed.RequestAsync(Api, Now, "Tariff");

        var response = await Client.GetAsync($"/requests/{id}/briefing");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        var error = page.QuerySelector("#template-error")!.TextContent;
        Assert.Contains("briefing.md.liquid", error);
        Assert.Matches(@"line 4, column \d+", error);
        Assert.Null(page.QuerySelector("#sheet"));

        var api = await Api.GetAsync($"/api/requests/{id}/briefing.md");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Matches(@"briefing\.md\.liquid, line 4, column \d+", (string?)(await api.JsonAsync())["detail"]);

        var dashboard = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Tariff", await dashboard.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/requests/{id}")).StatusCode);
    }

    [Fact]
    public async Task Editing_the_template_changes_the_next_rendering_without_a_restart()
    {
        Write("briefing", "First: {{ request.topic }}");
        var id = await BriefingSeed.RequestAsync(Api, Now, "Tariff");
        Assert.Equal("First: Tariff", await Api.GetStringAsync($"/api/requests/{id}/briefing.md"));

        Write("briefing", "Second, for {{ journalist.name }}");
        Assert.Equal("Second, for Claire Martin", await Api.GetStringAsync($"/api/requests/{id}/briefing.md"));

        Write("briefing", "{% for %}");
        Assert.Equal(HttpStatusCode.InternalServerError, (await Api.GetAsync($"/api/requests/{id}/briefing.md")).StatusCode);
        Write("briefing", "Fixed");
        Assert.Equal("Fixed", await Api.GetStringAsync($"/api/requests/{id}/briefing.md"));
    }

    [Fact]
    public async Task A_template_chosen_for_one_request_is_kept_for_it_only()
    {
        Write("briefing", "Default {{ request.id }}");
        Write("short", "Short {{ request.id }}");
        var chosen = await BriefingSeed.RequestAsync(Api, Now, "Tariff");
        var other = await BriefingSeed.RequestAsync(Api, Now, "Grid");

        var page = await Client.GetPageAsync($"/requests/{chosen}/briefing");
        var posted = await Client.PostFormAsync($"/requests/{chosen}/briefing", page, new Dictionary<string, string> { ["Template"] = "short" });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"Short {chosen}", await Api.GetStringAsync($"/api/requests/{chosen}/briefing.md"));
        Assert.Equal($"Default {other}", await Api.GetStringAsync($"/api/requests/{other}/briefing.md"));

        var refused = await Client.PostFormAsync($"/requests/{chosen}/briefing", page, new Dictionary<string, string> { ["Template"] = "../briefing" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal($"Short {chosen}", await Api.GetStringAsync($"/api/requests/{chosen}/briefing.md"));
    }

    [Fact]
    public async Task A_custom_briefing_md_liquid_still_serves_every_language_and_a_language_file_wins_over_it()
    {
        Write("briefing", "Custom {{ request.received_at }}");
        var id = await BriefingSeed.RequestAsync(Api, Now, "Tariff");
        var french = App.CreateApiClient();
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        Assert.Equal("Custom Sat 28 Nov 2026, 14:05", await Api.GetStringAsync($"/api/requests/{id}/briefing.md"));
        Assert.Equal("Custom sam. 28 nov. 2026, 14:05", await french.GetStringAsync($"/api/requests/{id}/briefing.md"));

        Write("briefing.fr", "Perso {{ request.topic }}");
        Assert.Equal("Perso Tariff", await french.GetStringAsync($"/api/requests/{id}/briefing.md"));
        Assert.Equal("Custom Sat 28 Nov 2026, 14:05", await Api.GetStringAsync($"/api/requests/{id}/briefing.md"));
    }

    [Fact]
    public async Task Without_a_briefing_in_the_user_folder_the_shipped_sheets_are_used()
    {
        Write("short", "Short {{ request.id }}");
        var id = await BriefingSeed.RequestAsync(Api, Now, "Tariff");

        Assert.StartsWith("# Briefing: Tariff", await Api.GetStringAsync($"/api/requests/{id}/briefing.md"));
        var page = await Client.GetPageAsync($"/requests/{id}/briefing");
        Assert.Equal(["briefing", "short"], page.QuerySelectorAll("#Template option").Select(o => o.TextContent).ToArray());
    }
}
