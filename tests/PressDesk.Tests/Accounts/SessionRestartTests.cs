using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class SessionRestartTests
{
    [Fact]
    public async Task A_signed_in_session_survives_a_restart_of_the_app()
    {
        var directory = PressDeskApp.NewDataDirectory();
        try
        {
            string cookie;
            await using (var before = new PressDeskApp(directory))
            {
                var response = await before.CreateClient(new() { AllowAutoRedirect = false })
                    .SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword);
                cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pressdesk=", StringComparison.Ordinal)).Split(';')[0];
            }

            await using var after = new PressDeskApp(directory);
            var browser = after.CreateClient(new() { AllowAutoRedirect = false });
            browser.DefaultRequestHeaders.Add("Cookie", cookie);

            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
            Assert.True(Directory.EnumerateFiles(Path.Combine(directory, "keys"), "key-*.xml").Any(),
                "the Data Protection keys belong under the data directory");
        }
        finally
        {
            PressDeskApp.DeleteQuietly(directory);
        }
    }
}
