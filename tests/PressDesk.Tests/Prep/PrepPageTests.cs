using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Prep;

public class PrepPageTests : AppTest
{
    private async Task<long> LogAsync(string topic = "New energy tariff") =>
        (long)(await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-5), topic: topic))).JsonAsync())["id"]!;

    private static Dictionary<string, string> Points(int count)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < count; i++)
        {
            fields[$"KeyPoints[{i}].Text"] = $"Point {i + 1}";
            fields[$"KeyPoints[{i}].Phrasings[0].Text"] = $"Households will pay {i + 8}% more for electricity from the first of February.";
        }
        return fields;
    }

    [Fact]
    public async Task Opening_the_prep_starts_it_and_moves_the_request_to_preparing()
    {
        var id = await LogAsync();
        Assert.Equal("New", (await Client.GetPageAsync($"/requests/{id}")).Text("#status"));

        var prep = await Client.GetPageAsync($"/requests/{id}/prep");

        Assert.Equal("2026-11-28T14:05:00.0000000+00:00", prep.QuerySelector("#prep-timer")!.GetAttribute("data-started"));
        Assert.Equal("Preparing", (await Client.GetPageAsync($"/requests/{id}")).Text("#status"));
        Assert.Equal("Preparing", (string?)(await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync())["status"]);
    }

    [Fact]
    public async Task A_reload_keeps_the_timers_start()
    {
        var id = await LogAsync();
        await Client.GetPageAsync($"/requests/{id}/prep");

        Time.Advance(TimeSpan.FromMinutes(11));
        var reloaded = await Client.GetPageAsync($"/requests/{id}/prep");

        var timer = reloaded.QuerySelector("#prep-timer")!;
        Assert.Equal("2026-11-28T14:05:00.0000000+00:00", timer.GetAttribute("data-started"));
        Assert.Equal("11:00", reloaded.Text("#prep-timer [data-elapsed]"));
        Assert.Equal("target", timer.GetAttribute("data-state"));
        Assert.Equal("600000", timer.GetAttribute("data-min"));
        Assert.Equal("900000", timer.GetAttribute("data-max"));
    }

    [Fact]
    public async Task Two_key_points_cannot_be_marked_ready()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");

        var response = await Client.PostFormAsync($"/requests/{id}/prep", page, Points(2), "Ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await Forms.ParseAsync(response);
        Assert.Equal("A ready prep has exactly three key points; this one has 2.", shown.Text("#keypoints-error"));
        Assert.Equal("Point 2", shown.QuerySelector("#kp-1")!.GetAttribute("value"));   // what was typed stays
        Assert.Null((await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync())["prep"]!["readyAt"]);
    }

    [Fact]
    public async Task A_key_point_without_phrasing_cannot_be_ready_and_says_which()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");
        var fields = Points(3);
        fields.Remove("KeyPoints[1].Phrasings[0].Text");

        var shown = await Forms.ParseAsync(await Client.PostFormAsync($"/requests/{id}/prep", page, fields, "Ready"));

        Assert.Contains("Key point 2 needs at least one phrasing before the prep is ready.", shown.Body!.TextContent);
    }

    [Fact]
    public async Task A_partial_draft_is_saved_and_three_points_make_it_ready_with_its_duration()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");

        var draft = await Client.PostFormAsync($"/requests/{id}/prep", page, Points(1), "Save");
        Assert.Equal($"/requests/{id}/prep?saved=true", draft.Headers.Location!.OriginalString);

        Time.Advance(TimeSpan.FromMinutes(12));
        page = await Client.GetPageAsync($"/requests/{id}/prep");
        Assert.Equal("Point 1", page.QuerySelector("#kp-0")!.GetAttribute("value"));
        var ready = await Client.PostFormAsync($"/requests/{id}/prep", page, Points(3), "Ready");
        Assert.Equal($"/requests/{id}#prep", ready.Headers.Location!.OriginalString);

        var details = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal("true", details.QuerySelector("#prep")!.GetAttribute("data-ready"));
        Assert.Contains("Ready at 14:17, after 12 min of prep.", details.Text("#prep-state"));
        Assert.Equal(["Point 1", "Point 2", "Point 3"], details.QuerySelectorAll("#prep-key-points .key-point-text").Select(e => e.TextContent));
        Assert.Equal("Edit the prep", details.Text("#prepare"));
    }

    [Fact]
    public async Task Saved_phrasings_show_their_hints_from_the_server()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");
        var fields = Points(1);
        fields["KeyPoints[0].Phrasings[0].Text"] = "It depends, prices could go up somewhat this winter.";
        await Client.PostFormAsync($"/requests/{id}/prep", page, fields, "Save");

        page = await Client.GetPageAsync($"/requests/{id}/prep");

        var hints = page.QuerySelectorAll("#kp-0-ph-0-hints li").Select(li => li.GetAttribute("data-kind")).ToList();
        Assert.Equal(["hedging", "concrete"], hints);
        Assert.NotNull(page.QuerySelector("#kp-0-ph-1"));   // a spare box for the next phrasing
    }

    [Fact]
    public async Task The_check_endpoint_answers_the_signed_in_user_with_the_same_hints()
    {
        var response = await Client.PostAsJsonAsync("/prep/check", new { text = "C'est peut-être, en quelque sorte, 10 % de plus." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal("hedging", (string?)report["hints"]![0]!["kind"]);
        Assert.Equal(["peut-être", "en quelque sorte"], report["hints"]![0]!["terms"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public async Task The_check_endpoint_needs_a_signed_in_user_and_a_reasonable_text()
    {
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anonymous.PostAsJsonAsync("/prep/check", new { text = "maybe" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/signin", response.Headers.Location!.ToString());

        var tooLong = await Client.PostAsJsonAsync("/prep/check", new { text = new string('a', 5001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task The_users_jargon_is_flagged_once_saved_on_the_words_page()
    {
        var page = await Client.GetPageAsync("/prep/words");
        await Client.PostFormAsync("/prep/words", page, new Dictionary<string, string> { ["Hedges"] = "if you will", ["Jargon"] = "TURPE\nARENH" });

        var report = await (await Client.PostAsJsonAsync("/prep/check", new { text = "The TURPE adds 12 euros, if you will." })).JsonAsync();

        Assert.Equal(["hedging", "jargon"], report["hints"]!.AsArray().Select(h => (string?)h!["kind"]));
        Assert.Equal("TURPE\nARENH", (await Client.GetPageAsync("/prep/words")).QuerySelector("#Jargon")!.TextContent.Trim());
    }

    [Fact]
    public async Task Third_party_text_is_encoded_on_the_prep_page()
    {
        var id = await LogAsync(topic: "<script>alert(1)</script>");

        var html = await Client.GetStringAsync($"/requests/{id}/prep");

        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task An_unknown_request_has_no_prep_page()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/requests/4242/prep")).StatusCode);
    }
}
