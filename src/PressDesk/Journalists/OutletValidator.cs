using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Journalists;

// The rules for an outlet's form.
public sealed class OutletValidator(IStringLocalizer<OutletValidator> localizer)
{
    public const int NameMax = JournalistValidator.OutletMax;
    public const int CountryMax = 100;

    public Validated<OutletFields> Validate(OutletInput input)
    {
        var errors = new FieldErrors(localizer);
        var name = FieldErrors.CleanLine(input.Name);
        errors.Required(nameof(input.Name), name, "Name");
        errors.MaxLength(nameof(input.Name), name, NameMax, "Name");
        var country = FieldErrors.CleanLine(input.Country);
        errors.MaxLength(nameof(input.Country), country, CountryMax, "Country");

        OutletType? type = null;
        if (FieldErrors.CleanLine(input.Type) is { } typeText)
        {
            if (Enum.TryParse<OutletType>(typeText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(typeText, out _))
                type = parsed;
            else errors.Add(nameof(input.Type), "Type must be one of: {0}.", string.Join(", ", Enum.GetNames<OutletType>()));
        }

        var norm = ReviewNorm.QuotesOnly;
        if (FieldErrors.CleanLine(input.ReviewNorm) is { } normText
            && !(Enum.TryParse(normText, ignoreCase: true, out norm) && Enum.IsDefined(norm) && !int.TryParse(normText, out _)))
            errors.Add(nameof(input.ReviewNorm), "Review norm must be one of: {0}.", string.Join(", ", Enum.GetNames<ReviewNorm>()));

        var language = errors.Language(nameof(input.Language), input.Language);

        return errors.Result(() => new OutletFields(name!, country, type, norm, language));
    }
}
