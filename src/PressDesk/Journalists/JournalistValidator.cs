using Microsoft.Extensions.Localization;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Journalists;

// One set of rules for the journalist form and each row of a CSV import.
public sealed class JournalistValidator(IStringLocalizer<JournalistValidator> localizer)
{
    public const int NameMax = RequestValidator.NameMax;
    public const int OutletMax = RequestValidator.NameMax;
    public const int BeatMax = 200;
    public const int EmailMax = EmailAddress.MaxLength;
    public const int PhoneMax = PhoneNumber.MaxLength;
    public const int NotesMax = 4000;

    public Validated<JournalistFields> Validate(JournalistInput input)
    {
        var errors = new FieldErrors(localizer);

        var name = FieldErrors.CleanLine(input.Name);
        errors.Required(nameof(input.Name), name, "Name");
        errors.MaxLength(nameof(input.Name), name, NameMax, "Name");

        var outlet = FieldErrors.CleanLine(input.Outlet);
        errors.MaxLength(nameof(input.Outlet), outlet, OutletMax, "Outlet");

        var beat = FieldErrors.CleanLine(input.Beat);
        errors.MaxLength(nameof(input.Beat), beat, BeatMax, "Beat");

        var email = FieldErrors.CleanLine(input.Email);
        errors.Email(nameof(input.Email), email, "Email");

        var phone = FieldErrors.CleanLine(input.Phone);
        errors.Phone(nameof(input.Phone), phone, "Phone");

        Channel? channel = null;
        var channelText = FieldErrors.CleanLine(input.PreferredChannel);
        if (channelText is not null)
        {
            if (Channels.TryParse(channelText, out var parsed)) channel = parsed;
            else errors.Add(nameof(input.PreferredChannel), "Preferred channel must be one of: {0}.",
                string.Join(", ", Channels.All.Select(c => c.Name())));
        }

        var notes = FieldErrors.Clean(input.Notes);
        errors.MaxLength(nameof(input.Notes), notes, NotesMax, "Notes");

        var language = errors.Language(nameof(input.Language), input.Language);

        return errors.Result(() => new JournalistFields(name!, outlet, beat, email, phone, channel, notes, language));
    }
}
