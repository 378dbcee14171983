using Microsoft.Extensions.Localization;
using PressDesk.Localization;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// What an account says about itself: its language (null: the browser's) and the signature PressDesk
// puts under what it writes for the user (the quote-check message): name, title, phone.
public sealed record AccountProfile(string? Language, string? DisplayName, string? JobTitle, string? Phone);

public sealed class AccountProfileValidator(IStringLocalizer<AccountProfileValidator> localizer)
{
    public const int MaxLength = 100;

    public Validated<AccountProfile> Validate(string? language, string? displayName, string? jobTitle, string? phone)
    {
        var errors = new FieldErrors(localizer);
        var code = FieldErrors.CleanLine(language);
        if (code is not null and not Languages.FrenchCode and not Languages.EnglishCode)
            errors.Add(nameof(AccountProfile.Language), "Choose French, English or the browser's language.");
        var (name, title, number) = (FieldErrors.CleanLine(displayName), FieldErrors.CleanLine(jobTitle), FieldErrors.CleanLine(phone));
        errors.MaxLength(nameof(AccountProfile.DisplayName), name, MaxLength, "Name");
        errors.MaxLength(nameof(AccountProfile.JobTitle), title, MaxLength, "Title");
        errors.Phone(nameof(AccountProfile.Phone), number, "Phone");
        return errors.Result(() => new AccountProfile(code, name, title, number));
    }
}
