using PressDesk.Validation;
using System.Net.Mail;
using Microsoft.Extensions.Localization;
using PressDesk.Requests;

namespace PressDesk.Journalists;

// One set of rules for the journalist form and each row of a CSV import.
public sealed class JournalistValidator(IStringLocalizer<JournalistValidator> localizer)
{
    public const int NameMax = RequestValidator.NameMax;
    public const int OutletMax = RequestValidator.NameMax;
    public const int BeatMax = 200;
    public const int EmailMax = 254;
    public const int PhoneMax = 40;
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
        errors.MaxLength(nameof(input.Email), email, EmailMax, "Email");
        if (email is not null && email.Length <= EmailMax && !IsEmail(email))
            errors.Add(nameof(input.Email), "'{0}' is not an email address (expected name@example.org).", email);

        var phone = FieldErrors.CleanLine(input.Phone);
        errors.MaxLength(nameof(input.Phone), phone, PhoneMax, "Phone");
        if (phone is not null && !IsPhone(phone))
            errors.Add(nameof(input.Phone), "Phone may hold digits, spaces and + ( ) - . / only.");

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

        return new Validated<JournalistFields>(
            errors.Any ? null : new JournalistFields(name!, outlet, beat, email, phone, channel, notes),
            errors.ToDictionary());
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.')
        && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    private static bool IsPhone(string text) =>
        text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '.' or '/')
        && text.Count(char.IsAsciiDigit) >= 3;
}
