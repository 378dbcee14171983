using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Alerts;
using PressDesk.Settings;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Settings;

// A password typed on the Settings page is used, but never shown back, never logged, and never
// stored in plain text: the page, every log line and the database file's bytes are searched for it.
public sealed class SecretSettingsTests : IAsyncLifetime
{
    private const string Secret = "horse-Battery-staple-9f3Q";
    private const string Password = "PressDesk:Alerts:Email:Password";
    private readonly LoggedApp _app = new(new FakeTimeProvider(PressDeskApp.DefaultStart), everyLevel: true);
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _app.CreateSignedInClientAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static Dictionary<string, string> Smtp(string password) => new()
    {
        ["PressDesk:Alerts:Email:Host"] = "smtp.example.org",
        ["PressDesk:Alerts:Email:Username"] = "desk",
        [Password] = password,
        ["PressDesk:Alerts:Email:From"] = "pressdesk@pressdesk.test",
        ["PressDesk:Alerts:Email:To"] = "desk@pressdesk.test",
    };

    [Fact]
    public async Task The_password_is_used_but_never_shown_logged_or_stored_in_plain_text()
    {
        await _client.SaveAsync(ManagedSettings.Email, Smtp(Secret));
        Assert.Equal(Secret, _app.Services.GetRequiredService<IOptionsMonitor<AlertOptions>>().CurrentValue.Email.Password);

        var html = await _client.GetStringAsync(SettingsPage.Url);
        Assert.DoesNotContain(Secret, html);
        var page = await _client.GetPageAsync(SettingsPage.Url);
        Assert.Equal("", page.ShownValue(Password) ?? "");
        Assert.Equal("Stored — leave blank to keep.", page.Text($"#{SettingsPage.Field(Password)}-hint"));
        Assert.Contains(page.QuerySelectorAll("table tbody tr"), r => r.TextContent.Contains(Password) && r.TextContent.Contains(SettingsStore.Masked));

        Assert.Equal(1, await _app.Database.ScalarAsync<long>("SELECT sealed FROM settings WHERE key = @Password", new { Password }));
        Assert.DoesNotContain(_app.Logs, line => line.Contains(Secret, StringComparison.Ordinal));
        // Every byte the database holds, committed or still in the write-ahead log. The sealed value
        // is found there (so the search reads the right files); the password is not.
        var files = Directory.EnumerateFiles(_app.DataDirectory, "pressdesk.db*").Select(ReadShared).ToList();
        var stored = await _app.Database.ScalarAsync<string>("SELECT value FROM settings WHERE key = @Password", new { Password });
        Assert.Contains(files, bytes => Contains(bytes, Encoding.UTF8.GetBytes(stored)));
        Assert.DoesNotContain(files, bytes => Contains(bytes, Encoding.UTF8.GetBytes(Secret)));
        Assert.DoesNotContain(files, bytes => Contains(bytes, Encoding.Unicode.GetBytes(Secret)));
    }

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_blank_password_keeps_the_stored_one_and_it_survives_a_restart()
    {
        await _client.SaveAsync(ManagedSettings.Email, Smtp(Secret));
        await _client.SaveAsync(ManagedSettings.Email, Smtp(""));

        Assert.Equal(1, await _app.Database.ScalarAsync<long>("SELECT count(*) FROM setting_changes WHERE key = @Password", new { Password }));
        await using var restarted = await _app.RestartAsync();
        restarted.CreateClient();
        Assert.Equal(Secret, restarted.Services.GetRequiredService<IOptionsMonitor<AlertOptions>>().CurrentValue.Email.Password);
    }

    [Fact]
    public async Task A_stored_password_can_be_forgotten()
    {
        await _client.SaveAsync(ManagedSettings.Email, Smtp(Secret));
        var page = await _client.GetPageAsync(SettingsPage.Url);
        var fields = new Dictionary<string, string>
        {
            [$"Values[{SettingsPage.Field("PressDesk:Alerts:Email:Host")}]"] = "",
            ["Forget"] = SettingsPage.Field(Password),
        };
        await _client.PostFormAsync($"{SettingsPage.Url}?handler=Save&group={Uri.EscapeDataString(ManagedSettings.Email)}", page, fields);

        Assert.Equal(0, await _app.Database.ScalarAsync<long>("SELECT count(*) FROM settings WHERE key = @Password", new { Password }));
        Assert.Null(_app.Services.GetRequiredService<IOptionsMonitor<AlertOptions>>().CurrentValue.Email.Password);
        Assert.Equal((SettingsStore.Masked, (string?)null), (await _app.Database.QueryAsync<(string, string?)>(
            "SELECT before, after FROM setting_changes WHERE key = @Password ORDER BY id DESC LIMIT 1", new { Password })).Single());
        Assert.Equal("Not set.", (await _client.GetPageAsync(SettingsPage.Url)).Text($"#{SettingsPage.Field(Password)}-hint"));
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
