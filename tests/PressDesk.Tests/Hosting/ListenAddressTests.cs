using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Hosting;

// Where PressDesk listens follows the hosting's usual variables, in a real process as a
// container or a systemd unit would start it.
public class ListenAddressTests
{
    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    public async Task The_hostings_usual_variable_decides_where_the_app_listens(string variable)
    {
        var port = Loopback.FreePort();
        var data = PressDeskApp.NewDataDirectory();
        var settings = new Dictionary<string, string>
        {
            [variable] = variable == "ASPNETCORE_URLS" ? $"http://127.0.0.1:{port}" : $"{port}",
            ["Logging__LogLevel__Default"] = "Information",   // for the "Now listening on" lines
        };

        // AppProcess waits for /healthz on the port: it throws when PressDesk does not answer there.
        await using var app = await AppProcess.StartAsync(settings, AppProcess.BuiltDll(typeof(ListenAddressTests).Assembly), data,
            url: $"http://127.0.0.1:{port}", unset: ["Urls"]);

        var listening = app.Output.Where(line => line.Contains("Now listening on:")).ToList();
        Assert.NotEmpty(listening);
        Assert.All(listening, line => Assert.Contains($":{port}", line));
        Assert.DoesNotContain(listening, line => line.Contains(":5080"));
    }

    [Fact]
    public async Task With_nothing_said_the_app_listens_on_its_documented_default()
    {
        await using var app = new PressDeskApp();
        app.CreateClient();

        Assert.Equal("http://localhost:5080", app.Services.GetRequiredService<IConfiguration>()[WebHostDefaults.ServerUrlsKey]);
    }
}
