using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class SessionRestartTests
{
    [Fact]
    public async Task A_signed_in_session_survives_a_restart_of_the_app()
    {
        var app = new PressDeskApp();
        try
        {
            string cookie;
            {
                var response = await app.CreateClient(new() { AllowAutoRedirect = false })
                    .SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword);
                cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pressdesk=", StringComparison.Ordinal)).Split(';')[0];
            }

            app = await app.RestartAsync();
            var browser = app.CreateClient(new() { AllowAutoRedirect = false });
            browser.DefaultRequestHeaders.Add("Cookie", cookie);

            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
            Assert.True(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "keys"), "key-*.xml").Any(),
                "the Data Protection keys belong under the data directory");
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
