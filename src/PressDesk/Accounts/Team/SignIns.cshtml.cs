using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Accounts.Team;

public sealed class SignInsModel(SignInAttempts attempts) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<SignInAttempt> Attempts { get; private set; } = [];

    public async Task OnGetAsync() => Attempts = await attempts.RecentAsync(Shown);
}
