using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Interviews;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.KeyRing;

public class KeyRingProtectionTests
{
    private const string Secret = "The merger closes on Friday.";

    [Fact]
    public async Task The_key_files_hold_no_key_material_in_clear_and_the_protection_key_lives_outside_the_data_folder()
    {
        await using var app = new PressDeskApp();
        await app.CreateSignedInClientAsync();   // the first key is made for the sign-in cookie

        var keys = Directory.GetFiles(Path.Combine(app.DataDirectory, "keys"), "*.xml");
        Assert.NotEmpty(keys);
        foreach (var file in keys)
        {
            var xml = File.ReadAllText(file);
            Assert.DoesNotContain("requiresEncryption", xml);
            Assert.DoesNotContain("<masterKey", xml);
            Assert.Contains("<protectedByPressDesk", xml);
        }
        Assert.True(File.Exists(app.ProtectionKeyFile));
        Assert.False(app.ProtectionKeyFile.StartsWith(app.DataDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_copy_of_the_data_folder_reads_sealed_statements_only_with_the_protection_key()
    {
        var original = PressDeskApp.NewDataDirectory();
        var withoutKey = PressDeskApp.NewDataDirectory();
        var withKey = PressDeskApp.NewDataDirectory();
        try
        {
            long request;
            await using (var app = new PressDeskApp(original, new FakeTimeProvider(PressDeskApp.DefaultStart)))
            {
                var client = await app.CreateSignedInClientAsync();
                (request, _) = await app.CreateApiClient().RequestAsync(PressDeskApp.DefaultStart.AddMinutes(-60), TimeSpan.FromMinutes(10));
                await client.SaveInterviewAsync(request, "Conversation", PressDeskApp.DefaultStart.AddMinutes(-40),
                    new StatementRow("On the record and readable.", "OnRecord", Quote: true),
                    new StatementRow(Secret, "OffRecord", Agreement: "Yes"));
            }
            CopyFolder(original, withoutKey);
            CopyFolder(original, withKey);
            File.Copy(PressDeskApp.ProtectionKeyFileOf(original), PressDeskApp.ProtectionKeyFileOf(withKey));

            // Without its key, the copy does not start silently on a new one...
            using (var refused = new PressDeskApp(withoutKey))
            {
                var message = Flatten(Assert.ThrowsAny<Exception>(() => refused.CreateClient()));
                Assert.Contains("PressDesk:KeyRing:ProtectionKeyFile", message);
                Assert.Contains("is missing", message);
                Assert.Contains("ReplaceLostProtectionKey", message);
            }
            // ...and once the loss is accepted it starts, sign-in works, and the sealed text stays sealed.
            await using (var app = new PressDeskApp(withoutKey, new FakeTimeProvider(PressDeskApp.DefaultStart),
                new Dictionary<string, string?> { ["PressDesk:KeyRing:ReplaceLostProtectionKey"] = "true" }))
            {
                var client = await app.CreateSignedInClientAsync();
                var interview = await client.GetPageAsync($"/requests/{request}/interview");
                Assert.Contains("no longer available", interview.Text(".unreadable"));
                Assert.DoesNotContain(Secret, interview.Texts("textarea"));
                Assert.Contains("On the record and readable.", interview.Texts("textarea"));
            }
            await using (var app = new PressDeskApp(withKey, new FakeTimeProvider(PressDeskApp.DefaultStart)))
            {
                var client = await app.CreateSignedInClientAsync();
                Assert.Contains(Secret, (await client.GetPageAsync($"/requests/{request}/interview")).Texts("textarea"));
            }
        }
        finally
        {
            foreach (var folder in new[] { original, withoutKey, withKey })
            {
                PressDeskApp.DeleteQuietly(folder);
                File.Delete(PressDeskApp.ProtectionKeyFileOf(folder));
            }
        }
    }

    [Fact]
    public async Task Keys_an_earlier_version_wrote_in_clear_are_encrypted_at_start_and_still_open_what_they_sealed()
    {
        var folder = PressDeskApp.NewDataDirectory();
        var keys = Path.Combine(folder, "keys");
        var earlier = DataProtectionProvider.Create(new DirectoryInfo(keys), b => b.SetApplicationName("PressDesk"));
        var sealedText = earlier.CreateProtector("PressDesk.Statements").Protect(Secret);
        Assert.Contains(Directory.GetFiles(keys, "*.xml"), file => File.ReadAllText(file).Contains("<masterKey", StringComparison.Ordinal));

        try
        {
            await using var app = new PressDeskApp(folder);
            app.CreateClient();

            Assert.Equal(Secret, app.Services.GetRequiredService<StatementProtector>().TryUnseal(sealedText));
            foreach (var file in Directory.GetFiles(keys, "*.xml"))
                Assert.DoesNotContain("<masterKey", File.ReadAllText(file));
        }
        finally
        {
            PressDeskApp.DeleteQuietly(folder);
            File.Delete(PressDeskApp.ProtectionKeyFileOf(folder));
        }
    }

    [Fact]
    public void A_protection_key_file_that_holds_no_key_stops_the_start_naming_it()
    {
        using var app = new PressDeskApp();
        File.WriteAllText(app.ProtectionKeyFile, "not a key");

        var message = Flatten(Assert.ThrowsAny<Exception>(() => app.CreateClient()));

        Assert.Contains("PressDesk:KeyRing:ProtectionKeyFile", message);
        Assert.Contains(app.ProtectionKeyFile, message);
        Assert.Contains("openssl rand -base64 32", message);
    }

    [Fact]
    public void A_protection_key_inside_the_data_folder_stops_the_start()
    {
        var folder = PressDeskApp.NewDataDirectory();
        using var app = new PressDeskApp(folder, settings: new Dictionary<string, string?>
        {
            ["PressDesk:KeyRing:ProtectionKeyFile"] = Path.Combine(folder, "protection.key"),
        });

        var message = Flatten(Assert.ThrowsAny<Exception>(() => app.CreateClient()));

        Assert.Contains("is inside PressDesk:DataDirectory", message);
        PressDeskApp.DeleteQuietly(folder);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal), overwrite: true);
    }

    private static string Flatten(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException aggregate) messages.AddRange(aggregate.InnerExceptions.Select(Flatten));
        }
        return string.Join(" | ", messages);
    }
}
