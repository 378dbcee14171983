using System.Net;
using System.Text.Json.Nodes;
using PressDesk.Tests.Infrastructure;
using static PressDesk.Tests.Callbacks.CallbackSteps;

namespace PressDesk.Tests.Callbacks;

// Each refusal says what is wrong, in the reader's language, inline in the form and as problem
// details in the API, and writes nothing. The fake clock is Saturday 28 November 2026, 14:05 UTC.
public sealed class CallbackValidationTests : AppTest
{
    private static readonly Dictionary<string, Dictionary<string, string>> Messages = new()
    {
        ["en-GB"] = new()
        {
            ["past"] = "Sat 28 Nov 2026, 13:55 is in the past: a callback is a time still to come.",
            ["far"] = "A callback is at most 30 days ahead.",
            ["deadline"] = "The journalist's deadline is Sat 28 Nov 2026, 15:05: call back before it.",
            ["closed"] = "This request is closed (Declined): no callback can be scheduled.",
            ["member"] = "No team member has the id 999.",
            ["missing"] = "Say when you will call back.",
        },
        ["fr-FR"] = new()
        {
            ["past"] = "sam. 28 nov. 2026, 13:55 est déjà passé : un rappel se programme à une heure à venir.",
            ["far"] = "Un rappel se programme au plus 30 jours à l’avance.",
            ["deadline"] = "Le bouclage du journaliste est fixé au sam. 28 nov. 2026, 15:05 : rappelez avant.",
            ["closed"] = "Cette demande est close (déclinée) : aucun rappel ne peut être programmé.",
            ["member"] = "Aucun membre de l’équipe n’a l’identifiant 999.",
            ["missing"] = "Indiquez quand vous rappellerez.",
        },
    };

    private Task<long> CallbacksAsync() => App.Database.ScalarAsync<long>("SELECT count(*) FROM scheduled_callbacks");

    private async Task<long> DeclinedAsync()
    {
        var id = await LogAsync(Api, Now.AddMinutes(-2));
        Assert.Equal(HttpStatusCode.OK, (await Api.PostJsonAsync($"/api/requests/{id}/response", new { declined = true })).StatusCode);
        return id;
    }

    private async Task<JsonNode> RefusedAsync(long requestId, object body)
    {
        var response = await Api.PostJsonAsync($"/api/requests/{requestId}/callbacks", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.JsonAsync())["errors"]!;
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("fr-FR")]
    public async Task The_API_says_what_is_wrong_in_problem_details(string language)
    {
        Api.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var said = Messages[language];
        var open = await LogAsync(Api, Now.AddMinutes(-2));
        var withDeadline = await LogAsync(Api, Now.AddMinutes(-2), deadline: Now.AddHours(1));
        var declined = await DeclinedAsync();

        Assert.Equal(said["past"], (string?)(await RefusedAsync(open, new { at = Now.AddMinutes(-10) }))["at"]![0]);
        Assert.Equal(said["far"], (string?)(await RefusedAsync(open, new { at = Now.AddDays(31) }))["at"]![0]);
        Assert.Equal(said["deadline"], (string?)(await RefusedAsync(withDeadline, new { at = Now.AddHours(2) }))["at"]![0]);
        Assert.Equal(said["closed"], (string?)(await RefusedAsync(declined, new { at = Now.AddMinutes(30) }))["request"]![0]);
        Assert.Equal(said["member"], (string?)(await RefusedAsync(open, new { at = Now.AddMinutes(30), userId = 999 }))["userId"]![0]);
        Assert.Equal(said["missing"], (string?)(await RefusedAsync(open, new { note = "soon" }))["at"]![0]);
        Assert.Equal(0, await CallbacksAsync());

        // The edges: exactly 30 days ahead and exactly at the deadline are accepted.
        Assert.Equal(HttpStatusCode.Created, (await Api.PostJsonAsync($"/api/requests/{open}/callbacks", new { at = Now.AddDays(30) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Api.PostJsonAsync($"/api/requests/{withDeadline}/callbacks", new { at = Now.AddHours(1) })).StatusCode);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("fr-FR")]
    public async Task The_form_shows_each_problem_beside_its_field_and_keeps_what_was_typed(string language)
    {
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var said = Messages[language];
        var open = await LogAsync(Api, Now.AddMinutes(-2));
        var withDeadline = await LogAsync(Api, Now.AddMinutes(-2), deadline: Now.AddHours(1));

        async Task<AngleSharp.Dom.IDocument> RefusedAsync(long id, Dictionary<string, string> fields)
        {
            var response = await PostFormAsync(Client, id, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await Forms.ParseAsync(response);
        }

        var past = await RefusedAsync(open, new() { ["At"] = Now.AddMinutes(-10).ToFormValue(), ["Note"] = "typed <i>note</i>" });
        Assert.Equal(said["past"], past.Text("#callback-at-error"));
        Assert.Equal("true", past.QuerySelector("#callback-at")!.GetAttribute("aria-invalid"));
        Assert.Equal("callback-at-error", past.QuerySelector("#callback-at")!.GetAttribute("aria-describedby"));
        Assert.Equal(Now.AddMinutes(-10).ToFormValue(), past.QuerySelector("#callback-at")!.GetAttribute("value"));
        Assert.Equal("typed <i>note</i>", past.QuerySelector("#callback-note")!.GetAttribute("value"));

        Assert.Equal(said["far"], (await RefusedAsync(open, new() { ["At"] = Now.AddDays(31).ToFormValue() })).Text("#callback-at-error"));
        Assert.Equal(said["deadline"], (await RefusedAsync(withDeadline, new() { ["At"] = Now.AddHours(2).ToFormValue() })).Text("#callback-at-error"));
        Assert.Equal(said["member"], (await RefusedAsync(open, new() { ["At"] = Now.AddHours(1).ToFormValue(), ["UserId"] = "999" })).Text("#callback-user-error"));
        Assert.Equal(said["missing"], (await RefusedAsync(open, new() { ["At"] = "" })).Text("#callback-at-error"));

        // A closed request's page has no form; a form posted from a page opened before it closed is refused.
        var page = await Client.GetPageAsync($"/requests/{open}");
        await Api.PostJsonAsync($"/api/requests/{open}/response", new { declined = true });
        Assert.Null((await Client.GetPageAsync($"/requests/{open}")).QuerySelector("#callback-form"));
        var stale = await Client.PostAsync($"/requests/{open}/callbacks?handler=Schedule", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(), ["At"] = Now.AddHours(1).ToFormValue(),
        }));
        Assert.Equal(said["closed"], (await Forms.ParseAsync(stale)).Text("#callback-error"));
        Assert.Equal(0, await CallbacksAsync());
    }
}
