using Microsoft.AspNetCore.Identity;

namespace PressDesk.Accounts;

// Password rules (length, not a common password, not built from what an attacker knows, hard
// enough to guess by PasswordStrength's estimate) and hashing with ASP.NET Core Identity's hasher.
public sealed partial class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(LoadCommonPasswords);
    private readonly PasswordHasher<User> _hasher = new();

    // email and name: the account's, which an attacker aiming at it knows and tries first.
    public static IReadOnlyList<string> CheckPassword(string? password, string? email = null, string? name = null)
    {
        if (string.IsNullOrEmpty(password)) return ["Password is required."];
        if (password.Length < MinLength) return [$"Use at least {MinLength} characters; a few words make a good password."];
        if (password.Length > MaxLength) return [$"Use at most {MaxLength} characters."];
        if (IsCommon(password))
            return ["This password is a common one, or a common one with digits or symbols added; attackers try those first. Choose another."];
        if (password.Distinct().Count() < 5)
            return ["Use more different characters; a few words make a good password."];
        return PasswordStrength.Problem(password, email, name) is { } problem ? [problem] : [];
    }

    // Attackers' lists also try the common passwords with digits or symbols around them
    // ("password2024!"), repeated ("qwertyqwerty"), and plain runs of digits.
    private static bool IsCommon(string password)
    {
        var trimmed = password.Trim();
        var core = trimmed.Trim("0123456789!@#$%^&*()-_=+.,?~ ".ToCharArray());
        return CommonPasswords.Value.Contains(trimmed)
            || core.Length == 0
            || (core.Length >= 4 && CommonPasswords.Value.Contains(core))
            || Repeated().IsMatch(trimmed);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(.{1,8}?)\1+$")]
    private static partial System.Text.RegularExpressions.Regex Repeated();

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public PasswordVerificationResult Verify(string hash, string password) => _hasher.VerifyHashedPassword(null!, hash, password);

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("PressDesk.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) set.Add(line);
        return set;
    }
}
