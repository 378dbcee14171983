using System.Diagnostics;
using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

// The owner's way back in, run as the README says: the built app as a process, with the command
// verb, against the data folder of a running server.
public class ResetPasswordCommandTests
{
    private const string NewPassword = "harbour violet compass 77";

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string dataDirectory, string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [AppProcess.BuiltDll(typeof(ResetPasswordCommandTests).Assembly), .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PressDesk__DataDirectory"] = dataDirectory;
        start.Environment["PressDesk__KeyRing__ProtectionKeyFile"] = AppProcess.ProtectionKeyFileOf(dataDirectory);
        start.Environment["PressDesk__Culture"] = "en-GB";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static HttpClient Browser(AppProcess app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = new Uri(app.Url) };

    [Fact]
    public async Task The_command_sets_the_owners_password_and_ends_their_sessions()
    {
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>(), AppProcess.BuiltDll(typeof(ResetPasswordCommandTests).Assembly));
        var signedIn = Browser(app);
        Assert.Equal(HttpStatusCode.Redirect, (await signedIn.SignInAsync(AppProcess.OwnerEmail, AppProcess.OwnerPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/")).StatusCode);

        var (exitCode, output, _) = await RunAsync(app.DataDirectory, NewPassword, "reset-password", AppProcess.OwnerEmail);

        Assert.Equal(0, exitCode);
        Assert.Contains($"The password of {AppProcess.OwnerEmail} is changed", output);
        Assert.DoesNotContain(NewPassword, output);
        Assert.Equal(HttpStatusCode.Redirect, (await signedIn.GetAsync("/")).StatusCode);   // signed out
        Assert.Equal(HttpStatusCode.OK, (await Browser(app).SignInAsync(AppProcess.OwnerEmail, AppProcess.OwnerPassword)).StatusCode);   // refused
        var withNew = Browser(app);
        Assert.Equal(HttpStatusCode.Redirect, (await withNew.SignInAsync(AppProcess.OwnerEmail, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await withNew.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_email_or_a_weak_password_fails_with_exit_code_1_and_changes_nothing()
    {
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>(), AppProcess.BuiltDll(typeof(ResetPasswordCommandTests).Assembly));

        var unknown = await RunAsync(app.DataDirectory, NewPassword, "reset-password", "nobody@pressdesk.test");
        var weak = await RunAsync(app.DataDirectory, "password2024", "reset-password", AppProcess.OwnerEmail);
        var usage = await RunAsync(app.DataDirectory, NewPassword, "reset-password");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Nobody with the email address nobody@pressdesk.test", unknown.Errors);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("common", weak.Errors);
        Assert.Contains("Nothing is changed.", weak.Errors);
        Assert.Equal(1, usage.ExitCode);
        Assert.Contains("Usage: dotnet PressDesk.dll reset-password EMAIL", usage.Errors);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser(app).SignInAsync(AppProcess.OwnerEmail, AppProcess.OwnerPassword)).StatusCode);
    }
}
