using System.Net;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Requests;

// Calling back from the screen you are on: the number with a tap-to-call link, and what was said
// before off the record, where the call is made.
public sealed class CallBackTests() : AppTest(backgroundWorkers: false)
{
    private const string Number = "+33 1 23 45 67 89";
    private const string Tel = "tel:+33123456789";

    [Fact]
    public async Task A_number_given_in_the_quick_log_is_on_the_request_page_the_dashboard_card_and_the_briefing_as_a_call_link()
    {
        var response = await QuickLogAsync(phone: Number, email: "claire@lesechos.fr");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdOf(response);

        var page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal(Tel, page.QuerySelector("#call")!.GetAttribute("href"));
        Assert.Contains(Number, page.Text("#call"));
        Assert.Equal(Tel, page.QuerySelector("#phone a")!.GetAttribute("href"));

        var card = (await Client.GetPageAsync("/")).QuerySelector($"[data-request-id='{id}']")!;
        Assert.Equal(Tel, card.QuerySelector("a.tel")!.GetAttribute("href"));

        var briefing = await Client.GetPageAsync($"/requests/{id}/briefing");
        Assert.NotNull(briefing.QuerySelector($"a[href='{Tel}']"));
        // In the Markdown the number is escaped like every text; the link dials it.
        Assert.Matches(@"\[\\?\+33 1 23 45 67 89\]\(tel:\+33123456789\)", await Client.GetStringAsync($"/requests/{id}/briefing.md"));
        Assert.Contains(Number, briefing.QuerySelector($"a[href='{Tel}']")!.TextContent);

        // The journalist's record learnt both.
        Assert.Equal(Number, await App.Database.ScalarAsync<string>("SELECT phone FROM journalists WHERE name = 'Claire Martin'"));
        Assert.Equal("claire@lesechos.fr", await App.Database.ScalarAsync<string>("SELECT email FROM journalists WHERE name = 'Claire Martin'"));
    }

    [Fact]
    public async Task A_number_that_is_not_one_is_refused_inline_and_nothing_is_stored()
    {
        var response = await QuickLogAsync(phone: "call me", email: "claire@");
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'call me' is not a phone number", page.Text("[data-valmsg-for='Input.JournalistPhone']"));
        Assert.Contains("is not an email address", page.Text("[data-valmsg-for='Input.JournalistEmail']"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM requests"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM journalists"));
    }

    [Fact]
    public async Task A_number_already_on_the_record_is_not_replaced_by_the_quick_log()
    {
        var journalist = await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Claire Martin", ["Phone"] = "01 98 76 54 32" });

        var response = await QuickLogAsync(phone: Number, journalistId: journalist);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("01 98 76 54 32", await App.Database.ScalarAsync<string>("SELECT phone FROM journalists WHERE id = @journalist", new { journalist }));
        Assert.Equal("tel:+33198765432", (await Client.GetPageAsync($"/requests/{IdOf(response)}")).QuerySelector("#call")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_number_there_is_no_call_link()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-5));

        var page = await Client.GetPageAsync($"/requests/{id}");

        Assert.Null(page.QuerySelector("#call"));
        Assert.Equal("—", page.Text("#phone"));
    }

    [Fact]
    public async Task The_api_takes_the_number_too_and_names_a_wrong_one()
    {
        var created = await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "Paul Durand", outlet = "Le Monde", phone = "06 12 34 56 78" },
            topic = "Grid", channel = "phone",
        });
        var refused = await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "Paul Durand", phone = "call me" },
            topic = "Grid", channel = "phone",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("06 12 34 56 78", (string?)(await created.JsonAsync())["journalist"]!["phone"]);
        Assert.Equal("06 12 34 56 78", await App.Database.ScalarAsync<string>("SELECT phone FROM journalists WHERE name = 'Paul Durand'"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await refused.JsonAsync())["errors"]!["journalist.phone"]);
    }

    [Fact]
    public async Task What_was_said_before_off_the_record_shows_on_the_card_at_the_top_of_the_request_page_and_on_the_prep_page()
    {
        var (first, _) = await Api.RequestAsync(Now.AddMinutes(-120), TimeSpan.FromMinutes(10));
        await Client.SaveInterviewAsync(first, "Conversation", Now.AddMinutes(-100),
            new StatementRow("The merger is off.", "OffRecord", Agreement: "No"));
        var (next, _) = await Api.RequestAsync(Now.AddMinutes(-5));

        var card = (await Client.GetPageAsync("/")).QuerySelector($"[data-request-id='{next}']")!;
        var badge = card.QuerySelector("[data-said-before]")!;
        Assert.Equal("1", badge.GetAttribute("data-said-before"));
        Assert.Contains("danger", badge.ClassName);
        Assert.Equal($"/requests/{next}#earlier-statements", badge.GetAttribute("href"));

        var page = await Client.GetPageAsync($"/requests/{next}");
        var warning = page.QuerySelector("#earlier-statements")!;
        Assert.Contains("The merger is off.", warning.TextContent);
        Assert.True(Before(warning, page.QuerySelector(".card.detail")!), "The warning is above the request's details.");

        Assert.Contains("The merger is off.", (await Client.GetPageAsync($"/requests/{next}/prep")).Text("#earlier-statements"));
    }

    [Fact]
    public async Task A_declined_request_offers_no_prep_and_no_advice_to_decline()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        await Api.PostJsonAsync($"/api/requests/{id}/response", new { declined = true });

        var page = await Client.GetPageAsync($"/requests/{id}");

        Assert.Equal("Declined", page.Text("#status"));
        Assert.Null(page.QuerySelector("#prepare"));
        Assert.Null(page.QuerySelector("#triage"));
        Assert.Null(page.QuerySelector("#prep"));
    }

    private async Task<HttpResponseMessage> QuickLogAsync(string phone = "", string email = "", long? journalistId = null)
    {
        var form = await Client.GetPageAsync("/requests/new");
        return await Client.PostFormAsync("/requests/new", form, new Dictionary<string, string>
        {
            ["Input.JournalistId"] = journalistId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["Input.JournalistName"] = journalistId is null ? "Claire Martin" : "", ["Input.Outlet"] = "Les Echos",
            ["Input.JournalistPhone"] = phone, ["Input.JournalistEmail"] = email,
            ["Input.Topic"] = "Tariffs", ["Input.Question"] = "", ["Input.Channel"] = "phone",
            ["Input.ReceivedAt"] = Now.ToFormValue(), ["Input.Deadline"] = "",
        });
    }

    private static long IdOf(HttpResponseMessage redirect) =>
        long.Parse(redirect.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    private static bool Before(IElement first, IElement second) =>
        first.CompareDocumentPosition(second).HasFlag(DocumentPositions.Following);
}
