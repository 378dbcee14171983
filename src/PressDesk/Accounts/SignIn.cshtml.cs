using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Localization;

namespace PressDesk.Accounts;

public sealed class SignInModel(SignInService signIn, CookieSessions cookies, UserStore users) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.AnyAsync() ? Page() : Redirect("/setup");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await users.AnyAsync()) return Redirect("/setup");
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password)
            || Email.Length > PressDesk.Validation.EmailAddress.MaxLength || Password.Length > PasswordPolicy.MaxLength)
        {
            ModelState.AddModelError(string.Empty, this.Localize("Enter your email address and password."));
            return Page();
        }

        var outcome = await signIn.AttemptAsync(
            Email, Password, HttpContext.ClientAddress(), Request.Headers.UserAgent.ToString());
        switch (outcome)
        {
            case SignInOutcome.Succeeded success:
                await cookies.SignInAsync(HttpContext, success.User);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.Throttled throttled:
                var seconds = (int)Math.Ceiling(throttled.RetryAfter.TotalSeconds);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                ModelState.AddModelError(string.Empty, seconds < 60
                    ? this.Localizer().Plural(Math.Max(1, seconds),
                        "Too many failed sign-ins. For your safety, try again in {0} second.",
                        "Too many failed sign-ins. For your safety, try again in {0} seconds.")
                    : this.Localizer().Plural((seconds + 59) / 60,
                        "Too many failed sign-ins. For your safety, try again in {0} minute.",
                        "Too many failed sign-ins. For your safety, try again in {0} minutes."));
                return Page();
            default:
                ModelState.AddModelError(string.Empty, this.Localize("The email address or the password is wrong."));
                return Page();
        }
    }
}
