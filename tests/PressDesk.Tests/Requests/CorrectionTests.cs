using System.Net;
using PressDesk.Tests.Alerts;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Requests;

// Correcting what was typed: the request changes, its alerts follow the new times, and each
// change is kept in a visible history.
public sealed class CorrectionTests : AlertTest
{
    [Fact]
    public async Task A_correction_changes_the_request_and_is_listed_in_its_history()
    {
        var id = await LogAsync(Now.AddMinutes(-10));

        var response = await CorrectAsync(id, new() { ["Input.Topic"] = "Energy prices", ["Input.ReceivedAt"] = Now.AddMinutes(-7).ToFormValue() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal("Energy prices", page.Text("h1"));
        Assert.Equal("Corrected: Topic, Message left at.", page.Text("#corrected"));
        var rows = page.QuerySelectorAll("#history li").ToList();
        Assert.Equal(["topic", "received_at"], rows.Select(r => r.GetAttribute("data-field")));
        Assert.Contains(PressDeskApp.OwnerEmail, rows[0].TextContent);
        Assert.Equal(("New energy tariff", "Energy prices"), (rows[0].QuerySelector(".before")!.TextContent, rows[0].QuerySelector(".after")!.TextContent));
        Assert.Equal("Sat 28 Nov 2026, 13:55", rows[1].QuerySelector(".before")!.TextContent);
        Assert.Equal("Sat 28 Nov 2026, 13:58", rows[1].QuerySelector(".after")!.TextContent);
        Assert.Null((await Client.GetPageAsync($"/requests/{id}")).QuerySelector("#corrected"));   // said once
    }

    [Fact]
    public async Task Times_left_as_shown_are_not_changes_even_when_stored_to_the_second()
    {
        var id = await LogAsync(Now.AddMinutes(-10).AddSeconds(-37), deadline: Now.AddHours(2).AddSeconds(12));

        await CorrectAsync(id, new() { ["Input.Topic"] = "Energy prices" });

        Assert.Equal(["topic"], await App.Database.QueryAsync<string>("SELECT field FROM request_changes"));
        Assert.Equal(Now.AddMinutes(-10).AddSeconds(-37).ToUnixTimeMilliseconds(),
            await App.Database.ScalarAsync<long>("SELECT received_at FROM requests WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task Moving_the_message_time_says_when_an_alert_had_already_fired_and_it_is_not_sent_again()
    {
        var id = await LogAsync(Now.AddMinutes(-20));
        await PassAsync();
        Assert.Single(await AlertsAsync());

        await CorrectAsync(id, new() { ["Input.ReceivedAt"] = Now.AddMinutes(-5).ToFormValue() });
        await PassAsync();

        var page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Contains("The warning alert had already fired at Sat 28 Nov 2026, 14:05; it is not sent again.", page.Text("#corrected"));
        Assert.Single(await AlertsAsync());
        Assert.Equal("OnTime", page.QuerySelector(".card.detail")!.GetAttribute("data-state"));   // the clock follows the new time
    }

    [Fact]
    public async Task Moving_the_message_time_later_moves_the_alert_that_has_not_fired()
    {
        var id = await LogAsync(Now.AddMinutes(-10));
        Assert.Equal(Now.AddMinutes(5), await PassAsync());   // the warning is due in 5 minutes

        await CorrectAsync(id, new() { ["Input.ReceivedAt"] = Now.AddMinutes(-2).ToFormValue() });

        Assert.Equal(Now.AddMinutes(13), await PassAsync());
        Assert.Empty(await AlertsAsync());
    }

    [Fact]
    public async Task A_wrong_correction_is_refused_inline_and_nothing_stored_changes()
    {
        var id = await LogAsync(Now.AddMinutes(-10));
        var before = await App.Database.ScalarAsync<string>("SELECT topic || '|' || received_at FROM requests WHERE id = @id", new { id });

        var response = await CorrectAsync(id, new() { ["Input.Topic"] = "", ["Input.ReceivedAt"] = Now.AddHours(2).ToFormValue() });
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Topic is required.", page.Text("[data-valmsg-for='Input.Topic']"));
        Assert.Equal("The message cannot have been left in the future.", page.Text("[data-valmsg-for='Input.ReceivedAt']"));
        Assert.Equal(before, await App.Database.ScalarAsync<string>("SELECT topic || '|' || received_at FROM requests WHERE id = @id", new { id }));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM request_changes"));
    }

    [Fact]
    public async Task A_message_time_after_the_response_is_refused()
    {
        var id = await LogAsync(Now.AddMinutes(-30));
        await Api.PostJsonAsync($"/api/requests/{id}/response", new { respondedAt = Now.AddMinutes(-20) });

        var page = await Forms.ParseAsync(await CorrectAsync(id, new() { ["Input.ReceivedAt"] = Now.AddMinutes(-10).ToFormValue() }));

        Assert.Equal("The message cannot have been left after the response (Sat 28 Nov 2026, 13:45).", page.Text("[data-valmsg-for='Input.ReceivedAt']"));
    }

    [Fact]
    public async Task Moving_a_request_to_another_journalist_shows_both_names_and_erasing_one_clears_the_question_history()
    {
        var id = await LogAsync(Now.AddMinutes(-10));
        var other = await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Paul Durand" });

        await CorrectAsync(id, new() { ["Input.JournalistId"] = other.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Question"] = "Who pays for the grid?" });

        var row = (await Client.GetPageAsync($"/requests/{id}")).QuerySelector("#history li[data-field='journalist']")!;
        Assert.Equal(("Claire Martin", "Paul Durand"), (row.QuerySelector(".before")!.TextContent, row.QuerySelector(".after")!.TextContent));

        var erase = await Client.GetPageAsync($"/journalists/{other}/erase");
        await Client.PostFormAsync($"/journalists/{other}/erase", erase, new Dictionary<string, string> { ["Confirm"] = "true" });
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM request_changes WHERE field = 'question' AND (before IS NOT NULL OR after IS NOT NULL)"));
    }

    private async Task<HttpResponseMessage> CorrectAsync(long id, Dictionary<string, string> changes)
    {
        var page = await Client.GetPageAsync($"/requests/{id}/edit");
        var fields = new Dictionary<string, string>();
        foreach (var field in page.QuerySelectorAll("form.form [name^='Input.']"))
        {
            var name = field.GetAttribute("name")!;
            fields[name] = field is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value
                : field is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value ?? ""
                : field.GetAttribute("value") ?? "";
        }
        foreach (var (key, value) in changes) fields[key] = value;
        return await Client.PostFormAsync($"/requests/{id}/edit", page, fields);
    }
}
