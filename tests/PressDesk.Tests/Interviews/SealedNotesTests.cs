using Microsoft.Extensions.Time.Testing;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

// "How they agreed" and the interview notes are sealed with the statement when it is not on the
// record, so the database file holds them only encrypted.
public class SealedNotesTests
{
    private const string How = "agreed by text message at 18:02";
    private const string Notes = "She hinted the board meets on Thursday";
    private const string OnRecordNotes = "A plain call about the annual report";

    [Fact]
    public async Task How_they_agreed_and_the_notes_of_an_interview_with_a_sealed_statement_are_stored_only_encrypted()
    {
        await using var app = new PressDeskApp(time: new FakeTimeProvider(PressDeskApp.DefaultStart));
        var client = await app.CreateSignedInClientAsync();
        var api = app.CreateApiClient();
        var (sealedRequest, _) = await api.RequestAsync(PressDeskApp.DefaultStart.AddMinutes(-60), TimeSpan.FromMinutes(10));
        var (plainRequest, _) = await api.RequestAsync(PressDeskApp.DefaultStart.AddMinutes(-50), TimeSpan.FromMinutes(10), name: "Paul Ledoux");
        await client.SaveInterviewAsync(sealedRequest, "Conversation", PressDeskApp.DefaultStart.AddMinutes(-40), Notes,
            new StatementRow("On the record.", "OnRecord"),
            new StatementRow("The merger closes on Friday.", "Background", Agreement: "Yes", How: How));
        await client.SaveInterviewAsync(plainRequest, "Conversation", PressDeskApp.DefaultStart.AddMinutes(-30), OnRecordNotes,
            new StatementRow("Results are up.", "OnRecord"));

        Assert.False(DatabaseFilesContain(app, How), "how they agreed is on disk in clear");
        Assert.False(DatabaseFilesContain(app, Notes), "the notes are on disk in clear");
        Assert.True(DatabaseFilesContain(app, OnRecordNotes), "notes of an interview all on the record stay in clear");

        var page = await client.GetPageAsync($"/requests/{sealedRequest}/interview");
        Assert.Equal(Notes, page.Text("#Notes"));
        Assert.Equal(How, page.QuerySelector("#st-1-how")!.GetAttribute("value"));
        Assert.Equal(OnRecordNotes, (await client.GetPageAsync($"/requests/{plainRequest}/interview")).Text("#Notes"));
    }

    [Fact]
    public async Task With_the_keys_lost_the_notes_show_as_unreadable_like_the_statements()
    {
        var app = new PressDeskApp(time: new FakeTimeProvider(PressDeskApp.DefaultStart));
        try
        {
            var client = await app.CreateSignedInClientAsync();
            var (request, _) = await app.CreateApiClient().RequestAsync(PressDeskApp.DefaultStart.AddMinutes(-60), TimeSpan.FromMinutes(10));
            await client.SaveInterviewAsync(request, "Conversation", PressDeskApp.DefaultStart.AddMinutes(-40), Notes,
                new StatementRow("The merger closes on Friday.", "OffRecord", Agreement: "Yes", How: How));

            app = await app.RestartAsync();
            Directory.Delete(Path.Combine(app.DataDirectory, "keys"), recursive: true);   // before it starts

            var page = await (await app.CreateSignedInClientAsync()).GetPageAsync($"/requests/{request}/interview");
            Assert.Contains("no longer available", page.Text("#notes-unreadable"));
            Assert.Equal("", page.Text("#Notes"));
            Assert.Contains("no longer available", page.Text("#statement-0 .unreadable"));
            Assert.Equal("", page.QuerySelector("#st-0-how")!.GetAttribute("value") ?? "");
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task What_an_earlier_version_stored_in_clear_is_sealed_at_start()
    {
        var app = new PressDeskApp(time: new FakeTimeProvider(PressDeskApp.DefaultStart));
        try
        {
            var client = await app.CreateSignedInClientAsync();
            var (request, _) = await app.CreateApiClient().RequestAsync(PressDeskApp.DefaultStart.AddMinutes(-60), TimeSpan.FromMinutes(10));
            await client.SaveInterviewAsync(request, "Conversation", PressDeskApp.DefaultStart.AddMinutes(-40),
                new StatementRow("The merger closes on Friday.", "OffRecord", Agreement: "Yes"));
            // As a version before the sealing of notes stored them.
            await app.Database.ExecuteAsync("UPDATE statements SET agreement_how = @How WHERE request_id = @request", new { How, request });
            await app.Database.ExecuteAsync("UPDATE interviews SET notes = @Notes WHERE request_id = @request", new { Notes, request });
            Assert.True(DatabaseFilesContain(app, Notes));

            app = await app.RestartAsync();
            var page = await (await app.CreateSignedInClientAsync()).GetPageAsync($"/requests/{request}/interview");

            Assert.Equal(Notes, page.Text("#Notes"));
            Assert.Equal(How, page.QuerySelector("#st-0-how")!.GetAttribute("value"));
            Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM statements WHERE agreement_how IS NOT NULL OR sealed_agreement_how IS NULL"));
            Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM interviews WHERE notes IS NOT NULL OR sealed_notes IS NULL"));
            Assert.False(DatabaseFilesContain(app, How), "how they agreed is still on disk in clear");
            Assert.False(DatabaseFilesContain(app, Notes), "the notes are still on disk in clear");
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static bool DatabaseFilesContain(PressDeskApp app, string text) =>
        new[] { app.DatabasePath, app.DatabasePath + "-wal", app.DatabasePath + "-journal" }.Any(path => Ledger.FileContains(path, text));
}
