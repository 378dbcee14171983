using System.Diagnostics;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Web;

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
        var start = new ProcessStartInfo("dotnet", [AppDll()]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var inherited in new[] { "Urls", "URLS", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS" })
            start.Environment.Remove(inherited);
        start.Environment[variable] = variable == "ASPNETCORE_URLS" ? $"http://127.0.0.1:{port}" : $"{port}";
        start.Environment["PressDesk__DataDirectory"] = data;
        var listening = new List<string>();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("Now listening on:") == true) lock (listening) listening.Add(e.Data); };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient();
            var healthy = false;
            for (var attempt = Stopwatch.StartNew(); !healthy && attempt.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited; await Task.Delay(50))
            {
                try { healthy = (await http.GetAsync($"http://127.0.0.1:{port}/healthz")).StatusCode == HttpStatusCode.OK; }
                catch (HttpRequestException) { }
            }

            Assert.True(healthy, $"With {variable} set, PressDesk did not answer on port {port}.");
            lock (listening)
            {
                Assert.NotEmpty(listening);
                Assert.All(listening, line => Assert.Contains($":{port}", line));
                Assert.DoesNotContain(listening, line => line.Contains(":5080"));
            }
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            PressDeskApp.DeleteQuietly(data);
        }
    }

    [Fact]
    public async Task With_nothing_said_the_app_listens_on_its_documented_default()
    {
        await using var app = new PressDeskApp();
        app.CreateClient();

        Assert.Equal("http://localhost:5080", app.Services.GetRequiredService<IConfiguration>()[WebHostDefaults.ServerUrlsKey]);
    }

    private static string AppDll()
    {
        var configuration = typeof(ListenAddressTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return PressDesk.Tests.Reliability.Crash.CrashRun.AppDll(configuration);
    }
}
