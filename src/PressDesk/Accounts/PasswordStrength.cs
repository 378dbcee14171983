using Zxcvbn.Matcher;

namespace PressDesk.Accounts;

// ASVS 5.0 6.2.11: no password built from the app's name or the account's email or name, and none
// that zxcvbn, which knows keyboard rows, dates, look-alike letters (P@ssw0rd) and large word
// lists, estimates quick to guess. Beside the common-password list, which catches the plain ones.
public static class PasswordStrength
{
    public const string AppName = "pressdesk";

    // zxcvbn's 0-4 scale: 3 is "safely unguessable", about 10^10 guesses.
    private const int MinScore = 3;

    // A shorter piece of a name or an address ("jo", "fr") is found in too many good passwords.
    private const int MinContextLength = 4;

    public const string BuiltFromContext =
        "Do not build the password from the app's name or the account's email address or name, even with letters swapped for digits or symbols; attackers try those first.";
    public const string CommonWithChanges =
        "This password is a common word or password with small changes (letters swapped for look-alike digits or symbols, a year or digits added); attackers try those first. Choose another.";
    public const string EasyToGuess =
        "This password is easy to guess (a keyboard row, a sequence, a date). A few unrelated words make a good password.";

    public static string? Problem(string password, string? email, string? name)
    {
        var context = ContextWords(email, name);
        if (context.Any(word => password.Contains(word, StringComparison.OrdinalIgnoreCase))) return BuiltFromContext;

        var estimate = Zxcvbn.Zxcvbn.MatchPassword(password, context);
        var matches = estimate.MatchSequence.OfType<DictionaryMatch>().ToList();
        // Also a context word in disguise, which zxcvbn undoes: "Pr3ssD3sk".
        if (matches.Any(m => m.DictionaryName == "user_inputs" && m.Token.Length >= MinContextLength)) return BuiltFromContext;
        if (estimate.Score >= MinScore) return null;
        // Mostly words from zxcvbn's lists (common passwords, names, English words): say so; else
        // it is the shape (keyboard walk, sequence, date) that gives it away.
        return matches.Sum(m => m.Token.Length) * 2 >= password.Length ? CommonWithChanges : EasyToGuess;
    }

    // The app's name, the whole email address, its local part and domain, and their words
    // ("claire", "martin" of claire.martin@lesechos.fr), and the words of the person's name.
    private static List<string> ContextWords(string? email, string? name)
    {
        var words = new List<string> { AppName };
        if (!string.IsNullOrWhiteSpace(email))
        {
            var address = email.Trim().ToLowerInvariant();
            words.Add(address);
            var at = address.LastIndexOf('@');
            if (at > 0)
            {
                words.Add(address[..at]);
                words.Add(address[(at + 1)..].Split('.')[0]);
            }
            words.AddRange(Words(at > 0 ? address[..at] : address));
        }
        if (!string.IsNullOrWhiteSpace(name))
        {
            words.Add(name.Trim().ToLowerInvariant());
            words.AddRange(Words(name.ToLowerInvariant()));
        }
        return words.Where(w => w.Length >= MinContextLength).Distinct().ToList();
    }

    private static string[] Words(string text) =>
        text.Split(text.Where(c => !char.IsLetter(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
}
