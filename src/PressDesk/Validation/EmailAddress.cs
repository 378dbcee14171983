using System.Net.Mail;

namespace PressDesk.Validation;

// The one definition of an email address, for a journalist's record, an account, and an address
// that arrives through intake: name@domain.tld as people type it, no display name, at most 254
// characters (the longest an SMTP path allows).
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? text) =>
        text is { Length: > 0 and <= MaxLength }
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && string.IsNullOrEmpty(address.DisplayName)
        && address.Host.Contains('.')
        && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
}
