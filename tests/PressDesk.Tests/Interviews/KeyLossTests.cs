using Microsoft.Extensions.Time.Testing;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

public class KeyLossTests
{
    [Fact]
    public async Task With_the_keys_folder_lost_sealed_statements_show_as_unreadable_and_nothing_crashes()
    {
        var app = new PressDeskApp(time: new FakeTimeProvider(PressDeskApp.DefaultStart));
        try
        {
            long request;
            {
                var api = app.CreateApiClient();
                var client = await app.CreateSignedInClientAsync();
                (request, _) = await api.RequestAsync(PressDeskApp.DefaultStart.AddMinutes(-60), TimeSpan.FromMinutes(10));
                await api.RequestAsync(PressDeskApp.DefaultStart.AddMinutes(-5));
                await client.SaveInterviewAsync(request, "Conversation", PressDeskApp.DefaultStart.AddMinutes(-40),
                    new StatementRow("On the record and readable.", "OnRecord", Quote: true),
                    new StatementRow("A secret about the merger.", "OffRecord", Agreement: "No"));
            }

            app = await app.RestartAsync();
            Directory.Delete(Path.Combine(app.DataDirectory, "keys"), recursive: true);   // before it starts

            {
                var client = await app.CreateSignedInClientAsync();
                var interview = await client.GetPageAsync($"/requests/{request}/interview");
                Assert.Contains("no longer available", interview.Text(".unreadable"));
                Assert.Contains("On the record and readable.", interview.Texts("textarea"));

                var next = await client.GetPageAsync($"/requests/{request + 1}");
                Assert.Contains("no longer available", next.Text("#earlier-statements"));
                Assert.Contains("On the record and readable.",
                    (await client.GetPageAsync($"/requests/{request}/quote-check")).Text("#quote-check-text"));
            }
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
