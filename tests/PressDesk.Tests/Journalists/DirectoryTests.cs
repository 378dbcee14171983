using System.Net;
using PressDesk.Journalists;
using PressDesk.Requests;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

public class DirectoryTests() : AppTest(Seed.LongSessions)
{
    private async Task<IReadOnlyList<string>> NamesAsync(string query) =>
        (await Client.GetPageAsync("/journalists" + query)).QuerySelectorAll("#directory tbody td:first-child").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_directory_searches_by_name_or_email_and_filters_by_outlet_beat_and_last_contact()
    {
        await Api.RequestAsync(Now.AddDays(-3), TimeSpan.FromMinutes(5), name: "Claire Martin", outlet: "Les Echos");
        await Api.RequestAsync(Now.AddDays(-120), TimeSpan.FromMinutes(5), name: "Paul Durand", outlet: "Le Monde");
        var anna = await Client.CreateJournalistAsync(new Dictionary<string, string>
        {
            ["Name"] = "Anna Lefèvre", ["Outlet"] = "Le Monde", ["Beat"] = "Energy policy", ["Email"] = "anna@lemonde.example",
        });
        var leMonde = await App.Database.ScalarAsync<long>("SELECT id FROM outlets WHERE name = 'Le Monde'");

        Assert.Equal(["Anna Lefèvre", "Claire Martin", "Paul Durand"], await NamesAsync(""));
        Assert.Equal(["Claire Martin"], await NamesAsync("?q=mart"));
        Assert.Equal(["Anna Lefèvre"], await NamesAsync("?q=lemonde.example"));
        Assert.Equal(["Anna Lefèvre", "Paul Durand"], await NamesAsync($"?outlet={leMonde}"));
        Assert.Equal(["Anna Lefèvre"], await NamesAsync("?beat=energy"));
        Assert.Equal(["Claire Martin"], await NamesAsync("?contact=Recent"));
        Assert.Equal(["Anna Lefèvre", "Paul Durand"], await NamesAsync("?contact=Quiet"));
        Assert.Equal(["Anna Lefèvre"], await NamesAsync("?contact=Never"));
        Assert.Empty(await NamesAsync("?q=%25"));   // a % is searched for literally
        Assert.Equal($"/journalists/{anna}", (await Client.GetPageAsync("/journalists?q=anna")).QuerySelector("#directory a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_directory_search_ignores_accents_and_case()
    {
        await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Hélène Dupré", ["Beat"] = "Énergie", ["Email"] = "helene@lemonde.example" });
        await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Helene Petit" });
        await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Paul Durand", ["Beat"] = "Santé" });

        Assert.Equal(["Helene Petit", "Hélène Dupré"], await NamesAsync("?q=helene"));
        Assert.Equal(["Helene Petit", "Hélène Dupré"], await NamesAsync("?q=HELENE"));
        Assert.Equal(["Hélène Dupré"], await NamesAsync("?q=dupre"));
        Assert.Equal(["Helene Petit", "Hélène Dupré"], await NamesAsync("?q=" + Uri.EscapeDataString("Hélène")));
        // The same letters typed as a base letter and a combining accent (as some keyboards send them).
        Assert.Equal(["Hélène Dupré"], await NamesAsync("?q=" + Uri.EscapeDataString("DUPRE\u0301")));
        Assert.Equal(["Hélène Dupré"], await NamesAsync("?q=H%C3%89LENE%40"));
        Assert.Equal(["Hélène Dupré"], await NamesAsync("?beat=energie"));
        Assert.Equal(["Paul Durand"], await NamesAsync("?beat=SANTE"));
    }

    [Fact]
    public async Task The_directory_is_paged()
    {
        for (var i = 1; i <= 27; i++)
            await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = $"Journalist {i:00}" });

        var first = await Client.GetPageAsync("/journalists?q=journalist");
        var second = await Client.GetPageAsync("/journalists?q=journalist&p=2");

        Assert.Equal(25, first.QuerySelectorAll("#directory tbody tr").Length);
        Assert.Equal("/journalists?q=journalist&p=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["Journalist 26", "Journalist 27"], second.QuerySelectorAll("#directory tbody td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Bad_input_on_the_journalist_form_gets_inline_messages_and_stores_nothing()
    {
        var response = await Client.SaveJournalistAsync(null, new Dictionary<string, string>
        {
            ["Name"] = new string('n', 201), ["Email"] = "claire@", ["Phone"] = "call me", ["PreferredChannel"] = "pigeon",
        });
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Name is at most 200 characters (this one has 201).", page.Text("[data-valmsg-for='Input.Name']"));
        Assert.Contains("is not an email address", page.Text("[data-valmsg-for='Input.Email']"));
        Assert.Equal("'call me' is not a phone number (expected +33 1 23 45 67 89, or 01 23 45 67 89 in France).", page.Text("[data-valmsg-for='Input.Phone']"));
        Assert.StartsWith("Preferred channel must be one of:", page.Text("[data-valmsg-for='Input.PreferredChannel']"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM journalists"));
    }

    [Fact]
    public async Task A_second_record_for_the_same_person_at_the_same_outlet_is_refused_with_a_link_to_the_first()
    {
        var first = await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Claire Martin", ["Outlet"] = "Les Echos" });

        var page = await Forms.ParseAsync(await Client.SaveJournalistAsync(null, new Dictionary<string, string> { ["Name"] = "claire martin", ["Outlet"] = "LES ECHOS" }));

        Assert.Contains("already in the directory", page.Text("[data-valmsg-for='Input.Name']"));
        Assert.Equal($"/journalists/{first}", page.QuerySelector(".warning a")!.GetAttribute("href"));
        Assert.Equal(1, await App.Database.ScalarAsync<long>("SELECT count(*) FROM journalists"));
    }

    [Fact]
    public async Task Third_party_text_is_encoded_on_every_journalist_page()
    {
        var (_, id) = await Api.RequestAsync(Now.AddMinutes(-40), name: "<script>alert('x')</script>", outlet: "<img src=x onerror=alert(1)>");
        await Client.SaveJournalistAsync(id, new Dictionary<string, string> { ["Notes"] = "<b onmouseover=alert(2)>hi</b>", ["Beat"] = "<svg onload=alert(3)>" });

        foreach (var url in new[] { "/journalists", $"/journalists/{id}", $"/journalists/edit/{id}", "/outlets", $"/journalists/{id}/merge", $"/journalists/{id}/erase" })
        {
            var html = await Client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b onmouseover", html);
            Assert.DoesNotContain("<svg onload", html);
        }
        Assert.Equal("<script>alert('x')</script>", (await Client.GetPageAsync($"/journalists/{id}")).Text("#journalist-name"));
    }

    [Fact]
    public async Task A_request_page_links_its_journalist_and_the_navigation_links_the_directory()
    {
        var (requestId, journalistId) = await Api.RequestAsync(Now.AddMinutes(-5));

        var page = await Client.GetPageAsync($"/requests/{requestId}");

        Assert.Equal($"/journalists/{journalistId}", page.QuerySelector("#journalist a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header nav a[href='/journalists']"));
    }

    [Fact]
    public async Task An_outlet_carries_its_country_type_and_quote_review_norm()
    {
        await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Claire Martin", ["Outlet"] = "Les Echos" });
        var id = await App.Database.ScalarAsync<long>("SELECT id FROM outlets WHERE name = 'Les Echos'");
        Assert.Equal("QuotesOnly", await App.Database.ScalarAsync<string>("SELECT review_norm FROM outlets WHERE id = @id", new { id }));

        var page = await Client.GetPageAsync($"/outlets/edit/{id}");
        var saved = await Client.PostFormAsync($"/outlets/edit/{id}", page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Les Echos", ["Input.Country"] = "France", ["Input.Type"] = "Newspaper", ["Input.ReviewNorm"] = "NoReview",
            ["Input.Language"] = "fr",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var list = await Client.GetPageAsync("/outlets");
        Assert.Equal(["Les Echos", "France", "Newspaper", "French", "No re-reading at all", "1"],
            list.QuerySelectorAll($"#outlets tr[data-outlet-id='{id}'] td").Select(td => td.TextContent.Trim()));

        var bad = await Forms.ParseAsync(await Client.PostFormAsync($"/outlets/edit/{id}", page, new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.ReviewNorm"] = "ReadTheWholeArticle",
        }));
        Assert.Equal("Name is required.", bad.Text("[data-valmsg-for='Input.Name']"));
        Assert.StartsWith("Review norm must be one of:", bad.Text("[data-valmsg-for='Input.ReviewNorm']"));
        Assert.Equal("NoReview", await App.Database.ScalarAsync<string>("SELECT review_norm FROM outlets WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task The_vCard_download_is_a_vCard_4_with_escaped_values()
    {
        var id = await Client.CreateJournalistAsync(new Dictionary<string, string>
        {
            ["Name"] = "Martin, Claire", ["Outlet"] = "Dow Jones; Inc.", ["Email"] = "claire@example.org", ["PreferredChannel"] = "email",
            ["Notes"] = "Back\\slash\nsecond line",
        });

        var response = await Client.GetAsync($"/journalists/{id}/vcard");
        var card = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/vcard", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Martin\\, Claire\r\nORG:Dow Jones\\; Inc.\r\n" +
            "EMAIL;PREF=1:claire@example.org\r\nNOTE:Back\\\\slash\\nsecond line\r\nEND:VCARD\r\n", card);
    }

    [Fact]
    public void Long_vCard_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var card = VCard.Write(new Journalist(1, new string('é', 60), null, null, null, null, null, null, null, Now, null));

        var lines = card.Split("\r\n");
        Assert.All(lines, line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75));
        Assert.Equal("FN:" + new string('é', 60), string.Concat(lines.Skip(3).TakeWhile(l => l != "END:VCARD").Select((l, i) => i == 0 ? l : l[1..])));
        Assert.Equal(Channel.Email, Channels.TryParse("email", out var c) ? c : Channel.Other);
    }
}
