using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace PressDesk.Interviews;

// Seals the text of statements that are not on the record with ASP.NET Core Data Protection
// (keys under <DataDirectory>/keys, as for sign-in). If the key ring is lost, the text cannot be
// read back; callers show it as unreadable rather than fail.
public sealed class StatementProtector(IDataProtectionProvider provider, ILogger<StatementProtector> logger)
{
    private readonly IDataProtector _protector = provider.CreateProtector("PressDesk.Statements");

    public string Seal(string text) => _protector.Protect(text);

    public string? TryUnseal(string sealedText)
    {
        try
        {
            return _protector.Unprotect(sealedText);
        }
        catch (CryptographicException e)
        {
            logger.Unreadable(e.Message);
            return null;
        }
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class StatementProtectorLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A sealed statement could not be read: {Reason}")]
    public static partial void Unreadable(this ILogger logger, string reason);
}
