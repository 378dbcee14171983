using Microsoft.Extensions.Localization;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Journalists;

// The rules for a pitch logged on a journalist's page.
public sealed class PitchValidator(IStringLocalizer<PitchValidator> localizer, TimeProvider time)
{
    public const int SubjectMax = 200;

    public Validated<NewPitch> Validate(PitchInput input)
    {
        var errors = new FieldErrors(localizer);
        var now = time.GetUtcNow();
        var sentAt = input.SentAt ?? now;
        if (sentAt > now + RequestValidator.ClockSkew)
            errors.Add(nameof(input.SentAt), "A pitch cannot be sent in the future.");
        if (!Channels.TryParse(input.Channel, out var channel))
            errors.Add(nameof(input.Channel), "Channel must be one of: {0}.", string.Join(", ", Channels.All.Select(c => c.Name())));
        var subject = FieldErrors.CleanLine(input.Subject);
        errors.Required(nameof(input.Subject), subject, "Subject");
        errors.MaxLength(nameof(input.Subject), subject, SubjectMax, "Subject");
        return errors.Result(() => new NewPitch(sentAt.ToUniversalTime(), channel, subject!, input.FollowUp));
    }
}
