using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Localization;

namespace PressDesk.Accounts;

// `dotnet PressDesk.dll reset-password owner@example.org`: the way back in for an owner who forgot
// their password (nobody above them can issue a link). Whoever can run the app on the server can
// read its database anyway, so being at the server's command line is the proof asked for. The new
// password comes from standard input when it is redirected (scripts), else from a hidden prompt.
public static class ResetPasswordCommand
{
    public const string Verb = "reset-password";

    public static bool Matches(string[] args) => args is [Verb, ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var services = app.Services;
        using var culture = services.GetRequiredService<IOptions<CultureOptions>>().UseDefaultCulture();
        var localizer = services.GetRequiredService<IStringLocalizer<ResetPasswordModel>>();
        if (args is not [_, var email])
            return Fail(localizer["Usage: dotnet PressDesk.dll reset-password EMAIL (the new password is read from standard input, or asked for)."]);

        var user = await services.GetRequiredService<UserStore>().FindByEmailAsync(email.Trim());
        if (user is null) return Fail(localizer["Nobody with the email address {0} can sign in to this PressDesk.", email]);

        var interactive = !Console.IsInputRedirected;
        var password = interactive ? Prompt(localizer["New password for {0}: ", user.Email]) : Console.In.ReadLine();
        var confirmation = interactive ? Prompt(localizer["The same password again: "]) : password;
        var errors = services.GetRequiredService<NewPasswordValidator>().Check(password, confirmation, user);
        if (errors.Any) return Fail(string.Join(Environment.NewLine, errors.ToDictionary().SelectMany(e => e.Value)) + Environment.NewLine + localizer["Nothing is changed."]);

        await services.GetRequiredService<AccountPasswords>().ReplaceAsync(user.Id, password!);
        Console.Out.WriteLine(localizer["The password of {0} is changed, and wherever that account was signed in it is now signed out.", user.Email]);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    // Reads a line without showing it.
    private static string Prompt(string question)
    {
        Console.Out.Write(question);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        Console.Out.WriteLine();
        return typed.ToString();
    }
}
