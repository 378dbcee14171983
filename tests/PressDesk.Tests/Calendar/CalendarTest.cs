using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Routing;
using IcalCalendar = Ical.Net.Calendar;

namespace PressDesk.Tests.Calendar;

// The seeded press office (Eve on energy, Hugo on health) on Tuesday 1 December 2026, 10:00 in
// Paris, when both are at work, so energy requests go to Eve and health requests to Hugo.
public abstract class CalendarTest(IDictionary<string, string?>? settings = null) : AppTest(settings)
{
    protected static readonly DateTimeOffset Tuesday = SeededTeam.Paris(2026, 12, 1, 10);

    protected SeededTeam Team { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Team = await SeededTeam.CreateAsync(App, base.Client);
        Time.SetUtcNow(Tuesday);
        Client = await App.CreateSignedInClientAsync();   // the clock moved: a fresh session
    }

    protected new HttpClient Client { get; private set; } = null!;

    protected Task<HttpClient> SignInAsync(string who) => App.CreateSignedInClientAsync($"{who}@pressdesk.test", SeededTeam.Password);

    protected async Task<long> LogAsync(string topic, TimeSpan deadlineIn)
    {
        var response = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Time.GetUtcNow(), Time.GetUtcNow() + deadlineIn, topic));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.JsonAsync())["id"]!;
    }

    protected Task<long> CallbackAsync(long requestId, long userId, DateTimeOffset due, string? note = null) =>
        App.Database.ScalarAsync<long>("""
            INSERT INTO scheduled_callbacks (request_id, due_at, user_id, note, created_by, created_at, updated_at)
            VALUES (@requestId, @due, @userId, @note, @userId, @now, @now) RETURNING id
            """, new { requestId, due = due.ToUnixTimeMilliseconds(), userId, note, now = Time.GetUtcNow().ToUnixTimeMilliseconds() });

    protected Task InterviewAsync(long requestId, DateTimeOffset heldAt, TimeSpan length) =>
        App.Database.ExecuteAsync("""
            INSERT INTO interviews (request_id, format, held_at, duration_seconds, created_at, updated_at)
            VALUES (@requestId, 'Conversation', @heldAt, @seconds, @now, @now)
            """, new { requestId, heldAt = heldAt.ToUnixTimeMilliseconds(), seconds = (long)length.TotalSeconds, now = Time.GetUtcNow().ToUnixTimeMilliseconds() });

    // The address the account page shows, once: the first time, or after a regeneration.
    protected static async Task<string> AddressAsync(HttpClient signedIn, string scope = "mine")
    {
        var page = await signedIn.GetPageAsync("/account");
        return page.QuerySelector<IHtmlInputElement>($"#calendar-url-{scope}")?.Value
            ?? throw new InvalidOperationException($"The account page shows no {scope} calendar address.");
    }

    // What a calendar app gets: no cookie, no redirect followed.
    protected async Task<HttpResponseMessage> GetFeedAsync(string address)
    {
        using var app = App.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        return await app.GetAsync(new Uri(address).PathAndQuery);
    }

    protected async Task<string> FetchAsync(string address)
    {
        var response = await GetFeedAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    protected async Task<IcalCalendar> FeedAsync(string address) => IcalCalendar.Load(await FetchAsync(address))!;

    // UID → (SEQUENCE, STATUS) of every event, to compare two readings.
    protected static Dictionary<string, (int Sequence, string? Status)> Versions(IcalCalendar calendar) =>
        calendar.Events.ToDictionary(e => e.Uid!, e => (e.Sequence, e.Status));
}
