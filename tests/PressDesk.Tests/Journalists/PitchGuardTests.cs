using System.Globalization;
using System.Net;
using PressDesk.Journalists;
using PressDesk.Requests;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

public class PitchGuardTests
{
    private static readonly DateTimeOffset Now = PressDeskApp.DefaultStart;
    private static readonly TimeSpan Cooldown = TimeSpan.FromDays(30);
    private static int _ids;

    private static Pitch Sent(int daysAgo, bool followUp = false, PitchOutcome outcome = PitchOutcome.NoAnswer) =>
        new(++_ids, 1, Now.AddDays(-daysAgo), Channel.Email, "Story idea", followUp, outcome, false, null);

    private static PitchVerdict Evaluate(IReadOnlyList<Pitch> pitches, bool followUp = false, IReadOnlyList<OpenRequestRef>? open = null) =>
        PitchGuard.Evaluate(pitches, open ?? [], followUp, Cooldown, Now);

    [Fact]
    public void A_first_pitch_is_quiet_and_reasonable_now()
    {
        var verdict = Evaluate([]);

        Assert.True(verdict.Quiet);
        Assert.Equal(Now, verdict.ReasonableFrom);
    }

    [Fact]
    public void A_new_pitch_inside_the_cooldown_warns_and_says_when_it_would_be_reasonable()
    {
        var verdict = Evaluate([Sent(10)]);

        Assert.Equal([PitchWarning.Cooldown], verdict.Warnings);
        Assert.Equal(Now.AddDays(20), verdict.ReasonableFrom);
    }

    [Fact]
    public void A_pitch_logged_seconds_into_the_minute_counts_for_one_typed_as_that_minute()
    {
        var justNow = new Pitch(++_ids, 1, Now.AddSeconds(37), Channel.Email, "Story idea", false, PitchOutcome.NoAnswer, false, null);

        var verdict = PitchGuard.Evaluate([justNow], [], false, Cooldown, Now);   // typed as 14:05, confirmed at 14:06

        Assert.Equal([PitchWarning.Cooldown], verdict.Warnings);
    }

    [Fact]
    public void One_follow_up_without_an_answer_is_fine_a_second_one_warns()
    {
        Assert.True(Evaluate([Sent(10)], followUp: true).Quiet);
        Assert.Equal([PitchWarning.SecondFollowUp], Evaluate([Sent(5, followUp: true), Sent(10)], followUp: true).Warnings);
    }

    [Fact]
    public void An_answer_resets_the_follow_up_count()
    {
        Assert.True(Evaluate([Sent(5, followUp: true, outcome: PitchOutcome.Answered), Sent(10)], followUp: true).Quiet);
    }

    [Fact]
    public void An_open_request_from_the_journalist_blocks_the_pitch()
    {
        var verdict = Evaluate([], open: [new OpenRequestRef(7, "Tariffs")]);

        Assert.True(verdict.Blocked);
        Assert.False(verdict.Quiet);
    }

    [Fact]
    public void Past_the_cooldown_the_guard_is_quiet_even_after_unanswered_follow_ups()
    {
        IReadOnlyList<Pitch> history = [Sent(30, followUp: true), Sent(35), Sent(40)];

        Assert.True(Evaluate(history).Quiet);
        Assert.True(Evaluate(history, followUp: true).Quiet);
        Assert.Equal(Now, Evaluate(history).ReasonableFrom);
    }
}

public class PitchPageTests() : AppTest(Seed.LongSessions)
{
    private async Task<long> JournalistAsync() =>
        await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Claire Martin", ["Outlet"] = "Les Echos" });

    private Task<long> PitchCountAsync(long id) => App.Database.ScalarAsync<long>("SELECT count(*) FROM pitches WHERE journalist_id = @id", new { id });

    [Fact]
    public async Task A_second_pitch_inside_the_cooldown_is_held_back_until_confirmed_and_then_recorded_as_such()
    {
        var id = await JournalistAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PitchAsync(id, "Winter outlook")).StatusCode);
        Time.Advance(TimeSpan.FromDays(10));

        var page = await Client.PitchPageAsync(id, "Another idea");

        Assert.Contains("Too soon: you pitched Claire Martin on Sat 28 Nov 2026, 14:05. A new pitch would be reasonable from Mon 28 Dec 2026, 14:05.",
            page.Text("#pitch-warnings [data-warning=Cooldown]"));
        Assert.Equal(1, await PitchCountAsync(id));

        var confirmed = await Client.PitchAsync(id, "Another idea", confirm: true);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await PitchCountAsync(id));
        Assert.Equal(1, await App.Database.ScalarAsync<long>("SELECT guard_overridden FROM pitches WHERE subject = 'Another idea'"));
        Assert.Equal("Cooldown", await App.Database.ScalarAsync<string>("SELECT guard_warnings FROM pitches WHERE subject = 'Another idea'"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT guard_overridden FROM pitches WHERE subject = 'Winter outlook'"));
        Assert.Contains("logged past the warning", (await Client.GetPageAsync($"/journalists/{id}")).Text("#pitch-list"));
    }

    [Fact]
    public async Task A_second_follow_up_without_an_answer_warns_and_an_answer_clears_it()
    {
        var id = await JournalistAsync();
        await Client.PitchAsync(id, "Winter outlook");
        Time.Advance(TimeSpan.FromDays(4));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PitchAsync(id, "Following up", followUp: true)).StatusCode);
        Time.Advance(TimeSpan.FromDays(4));

        var page = await Client.PitchPageAsync(id, "Following up again", followUp: true);

        Assert.Contains("You already followed up once without an answer.", page.Text("#pitch-warnings [data-warning=SecondFollowUp]"));
        Assert.Equal(2, await PitchCountAsync(id));

        var first = await App.Database.ScalarAsync<long>("SELECT id FROM pitches WHERE subject = 'Following up'");
        var detail = await Client.GetPageAsync($"/journalists/{id}");
        await Client.PostAsync($"/journalists/{id}?handler=Outcome&pitchId={first}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["outcome"] = "Answered", ["__RequestVerificationToken"] = detail.AntiforgeryToken(),
        }));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PitchAsync(id, "Thanks, here is the data", followUp: true)).StatusCode);
    }

    [Fact]
    public async Task A_journalist_with_an_open_request_is_not_pitched_the_page_says_to_answer_it()
    {
        var (requestId, id) = await Api.RequestAsync(Now.AddMinutes(-5));

        var page = await Client.GetPageAsync($"/journalists/{id}");
        Assert.Equal("true", page.QuerySelector("#pitch-guard")!.GetAttribute("data-blocked"));
        Assert.Contains("is waiting for your answer. Answer the request instead", page.Text("#pitch-guard"));
        Assert.Equal($"/requests/{requestId}", page.QuerySelector("#pitch-guard a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#pitch-form"));

        var forced = await Client.PitchAsync(id, "Pitch anyway", confirm: true);
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(0, await PitchCountAsync(id));

        await Api.PostJsonAsync($"/api/requests/{requestId}/response", new { });
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PitchAsync(id, "Now a pitch")).StatusCode);
    }

    [Fact]
    public async Task Past_the_cooldown_the_page_is_quiet_and_says_a_pitch_is_reasonable()
    {
        var id = await JournalistAsync();
        await Client.PitchAsync(id, "Winter outlook");
        Assert.Equal("A new pitch would be reasonable from Mon 28 Dec 2026, 14:05. One follow-up on an unanswered pitch is fine before then.",
            Squash((await Client.GetPageAsync($"/journalists/{id}")).Text("#reasonable-from")));

        Time.Advance(TimeSpan.FromDays(30));

        Assert.Equal("A pitch would be reasonable now.", (await Client.GetPageAsync($"/journalists/{id}")).Text("#reasonable-from"));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PitchAsync(id, "Spring outlook")).StatusCode);
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM pitches WHERE guard_overridden = 1"));
    }

    [Fact]
    public async Task A_pitch_without_a_subject_or_in_the_future_gets_a_message_and_is_not_stored()
    {
        var id = await JournalistAsync();

        var page = await Forms.ParseAsync(await Client.PitchAsync(id, "", sentAt: Now.AddDays(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)));

        Assert.Contains("Subject is required.", page.Text("#pitch-form"));
        Assert.Contains("A pitch cannot be sent in the future.", page.Text("#pitch-form"));
        Assert.Equal(0, await PitchCountAsync(id));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public class PitchingOptionsTests
{
    [Fact]
    public void A_cooldown_that_is_not_positive_stops_the_start_naming_the_key()
    {
        using var app = new PressDeskApp(settings: new Dictionary<string, string?> { ["PressDesk:Pitching:Cooldown"] = "00:00:00" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("PressDesk:Pitching:Cooldown", error.ToString());
    }
}
