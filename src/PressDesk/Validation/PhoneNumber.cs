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

    public static bool IsValid(string? text)
    {
        if (text is not { Length: > 0 and <= MaxLength }) return false;
        try
        {
            return Numbers.IsPossibleNumber(Numbers.Parse(text, DefaultRegion));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
