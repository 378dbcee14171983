using PhoneNumbers;

namespace PressDesk.Validation;

// The one definition of a phone number, for a journalist's record and a number that arrives
// through intake: what libphonenumber accepts as a possible number, written in international form
// (+33 1 23 45 67 89) or in the national form of DefaultRegion (01 23 45 67 89).
public static class PhoneNumber
{
    public const int MaxLength = 40;

    // Most users and the journalists they answer are in France.
    public const string DefaultRegion = "FR";

    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    public static bool IsValid(string? text) => Parse(text) is not null;

    // The number as a tel: link a phone dials (tel:+33123456789, RFC 3966); null when it is not a number.
    public static string? TelUri(string? text) =>
        Parse(text) is { } number ? "tel:" + Numbers.Format(number, PhoneNumberFormat.E164) : null;

    private static PhoneNumbers.PhoneNumber? Parse(string? text)
    {
        if (text is not { Length: > 0 and <= MaxLength }) return null;
        try
        {
            var number = Numbers.Parse(text, DefaultRegion);
            return Numbers.IsPossibleNumber(number) ? number : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
