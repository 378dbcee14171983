using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class BootstrapTests
{
    [Theory]
    [InlineData("PressDesk:Bootstrap:OwnerPassword", "short", "PressDesk:Bootstrap:OwnerPassword")]
    [InlineData("PressDesk:Bootstrap:OwnerEmail", "not-an-email", "PressDesk:Bootstrap:OwnerEmail")]
    [InlineData("PressDesk:Bootstrap:ApiKey", "too-short", "PressDesk:Bootstrap:ApiKey")]
    public void A_bad_bootstrap_setting_stops_the_start_naming_the_key(string key, string value, string named)
    {
        using var app = new PressDeskApp(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(named, error.ToString());
    }

    [Fact]
    public async Task Bootstrap_creates_the_owner_and_key_once_across_restarts()
    {
        var app = new PressDeskApp();
        try
        {
            for (var start = 0; start < 2; start++)
            {
                if (start > 0) app = await app.RestartAsync();
                var owner = await app.CreateSignedInClientAsync();
                Assert.Equal(HttpStatusCode.OK, (await app.CreateApiClient().GetAsync("/api/requests")).StatusCode);

                var team = await owner.GetPageAsync("/team");
                Assert.Single(team.QuerySelectorAll("tbody tr"));
                var keys = await owner.GetPageAsync("/team/api-keys");
                Assert.Single(keys.QuerySelectorAll("tbody tr"));
            }
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
