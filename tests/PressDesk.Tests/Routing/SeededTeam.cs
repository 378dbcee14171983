using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// A press office for routing tests, added through the Team page and given areas, hours and a press
// officer in the tables routing reads: Eve answers on energy and Hugo on health, both Monday to
// Friday 09:00–12:30 and 13:30–18:00 in Paris with French holidays; Oscar is the press officer
// (no areas, any time). The owner is only the owner.
public sealed class SeededTeam
{
    public const string Password = "orchard tide lantern 24";
    public const string Zone = "Europe/Paris";

    private SeededTeam(PressDeskApp app, long eve, long hugo, long oscar) => (App, Eve, Hugo, Oscar) = (app, eve, hugo, oscar);

    public PressDeskApp App { get; }

    public long Eve { get; }

    public long Hugo { get; }

    public long Oscar { get; }

    public static async Task<SeededTeam> CreateAsync(PressDeskApp app, HttpClient owner)
    {
        var energy = await AddAreaAsync(app, "Énergie", "energy\ntariff\nélectricité");
        var health = await AddAreaAsync(app, "Santé", "health\nhospital\nhôpital");
        var eve = await AddMemberAsync(app, owner, "eve@pressdesk.test", "Eve Durand");
        var hugo = await AddMemberAsync(app, owner, "hugo@pressdesk.test", "Hugo Petit");
        var oscar = await AddMemberAsync(app, owner, "oscar@pressdesk.test", "Oscar Leroy");
        await CoverAsync(app, eve, energy);
        await CoverAsync(app, hugo, health);
        foreach (var member in new[] { eve, hugo }) await OfficeHoursAsync(app, member);
        await app.Database.ExecuteAsync("UPDATE users SET time_zone = @Zone WHERE id IN (@eve, @hugo, @oscar)", new { Zone, eve, hugo, oscar });
        await app.Database.ExecuteAsync("UPDATE users SET press_officer = 1 WHERE id = @oscar", new { oscar });
        return new SeededTeam(app, eve, hugo, oscar);
    }

    public static async Task<long> AddMemberAsync(PressDeskApp app, HttpClient owner, string email, string name)
    {
        var page = await owner.GetPageAsync("/team");
        await owner.PostFormAsync("/team", page, new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password }, "Add");
        var id = await app.Database.ScalarAsync<long>("SELECT id FROM users WHERE email = @email", new { email });
        Assert.NotEqual(0, id);
        await app.Database.ExecuteAsync("UPDATE users SET display_name = @name WHERE id = @id", new { name, id });
        return id;
    }

    public static async Task<long> AddAreaAsync(PressDeskApp app, string name, string keywords) =>
        await app.Database.ScalarAsync<long>(
            "INSERT INTO focus_areas (name, keywords, created_at, updated_at) VALUES (@name, @keywords, 0, 0) RETURNING id", new { name, keywords });

    public static Task CoverAsync(PressDeskApp app, long userId, long areaId) =>
        app.Database.ExecuteAsync("INSERT INTO member_areas (user_id, focus_area_id) VALUES (@userId, @areaId)", new { userId, areaId });

    // Monday to Friday, 09:00–12:30 and 13:30–18:00.
    public static async Task OfficeHoursAsync(PressDeskApp app, long userId)
    {
        foreach (var day in Enumerable.Range(1, 5))
            await app.Database.ExecuteAsync("""
                INSERT INTO working_hours (user_id, weekday, start_minute, end_minute) VALUES
                    (@userId, @day, 540, 750), (@userId, @day, 810, 1080)
                """, new { userId, day });
    }

    public Task SetAwayAsync(long userId, DateTimeOffset until) =>
        App.Database.ExecuteAsync("UPDATE users SET away_until = @until WHERE id = @userId", new { userId, until = until.ToUnixTimeMilliseconds() });

    public Task<long?> AssigneeAsync(long requestId) =>
        App.Database.ScalarAsync<long?>("SELECT assigned_to FROM requests WHERE id = @requestId", new { requestId });

    // A moment in Paris, as the instant the fake clock is set to.
    public static DateTimeOffset Paris(int year, int month, int day, int hour, int minute = 0)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
