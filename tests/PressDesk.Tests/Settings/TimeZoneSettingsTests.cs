using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Settings;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Settings;

// The time zone, changed on the page, applies to the next page without a restart. The tests'
// own PressDesk:TimeZone (server configuration, which would win) is taken out for this app.
public sealed class TimeZoneSettingsTests : IAsyncLifetime
{
    private const string Zone = "PressDesk:TimeZone";
    private readonly ZoneFreeApp _app = new(new FakeTimeProvider(PressDeskApp.DefaultStart));
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _app.CreateSignedInClientAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_new_time_zone_shows_on_the_next_page()
    {
        var page = await _client.GetPageAsync(SettingsPage.Url);
        Assert.False(page.QuerySelector($"#{SettingsPage.Field(Zone)}")!.HasAttribute("readonly"));

        await _client.SaveAsync(ManagedSettings.TimeAndQuiet, new Dictionary<string, string> { [Zone] = "Europe/Paris" });

        var row = (await _client.GetPageAsync(SettingsPage.Url)).QuerySelector("table tbody tr")!;
        Assert.StartsWith("Sat 28 Nov 2026, 15:05", row.TextContent.Trim());   // 14:05 UTC is 15:05 in Paris in November
        Assert.Contains("Europe/Paris", row.TextContent);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_with_the_start_up_rule()
    {
        var page = await _client.GetPageAsync(SettingsPage.Url);
        var response = await _client.PostFormAsync($"{SettingsPage.Url}?handler=Save&group={Uri.EscapeDataString(ManagedSettings.TimeAndQuiet)}",
            page, new Dictionary<string, string> { [$"Values[{SettingsPage.Field(Zone)}]"] = "Mars/Olympus" });

        Assert.Contains("is not a time zone id this machine knows", (await Forms.ParseAsync(response)).ErrorFor(Zone));
        Assert.Equal(0, await _app.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
    }

    private sealed class ZoneFreeApp(FakeTimeProvider time) : PressDeskApp(time: time)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(config =>
            {
                // Replaced, not edited: the configuration rebuilds its providers when a source is set.
                for (var i = 0; i < config.Sources.Count; i++)
                    if (config.Sources[i] is MemoryConfigurationSource { InitialData: { } data } && data.Any(kv => kv.Key == Zone))
                        config.Sources[i] = new MemoryConfigurationSource { InitialData = data.Where(kv => kv.Key != Zone).ToList() };
            });
        }
    }
}
