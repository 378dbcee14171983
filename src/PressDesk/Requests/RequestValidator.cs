using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Requests;

// One set of rules for the quick-log form and the API. Messages say what is wrong and how to fix it.
public sealed class RequestValidator(IStringLocalizer<RequestValidator> localizer, TimeProvider time)
{
    public const int NameMax = 200;
    public const int TopicMax = 200;
    public const int QuestionMax = 4000;
    public const int NoteMax = 2000;

    // Phones and servers disagree by a few seconds; a receipt a minute ahead is still "now".
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    // A year typo ("0026") should be caught, not logged as a request from antiquity.
    public static readonly DateTimeOffset EarliestReceipt = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Validated<NewRequest> Validate(RequestInput input)
    {
        var errors = new FieldErrors(localizer);
        var now = time.GetUtcNow();

        var name = FieldErrors.Clean(input.JournalistName);
        var outlet = FieldErrors.Clean(input.Outlet);
        if (input.JournalistId is null)
        {
            errors.Required(nameof(input.JournalistName), name, "Journalist name");
            errors.MaxLength(nameof(input.JournalistName), name, NameMax, "Journalist name");
            errors.MaxLength(nameof(input.Outlet), outlet, NameMax, "Outlet");
        }
        else if (input.JournalistId <= 0)
        {
            errors.Add(nameof(input.JournalistId), "Pick a journalist from the list or type a new one.");
        }

        var phone = FieldErrors.CleanLine(input.JournalistPhone);
        errors.Phone(nameof(input.JournalistPhone), phone, "Phone");
        var email = FieldErrors.CleanLine(input.JournalistEmail);
        errors.Email(nameof(input.JournalistEmail), email, "Email");

        var topic = FieldErrors.Clean(input.Topic);
        errors.Required(nameof(input.Topic), topic, "Topic");
        errors.MaxLength(nameof(input.Topic), topic, TopicMax, "Topic");

        var question = FieldErrors.Clean(input.Question) ?? "";
        errors.MaxLength(nameof(input.Question), question, QuestionMax, "Question");

        if (string.IsNullOrWhiteSpace(input.Channel))
            errors.Add(nameof(input.Channel), "Say how the journalist reached you.");
        else if (!Channels.TryParse(input.Channel, out _))
            errors.Add(nameof(input.Channel), "Channel must be one of: {0}.", string.Join(", ", Channels.All.Select(c => c.Name())));
        _ = Channels.TryParse(input.Channel, out var channel);

        var receivedAt = input.ReceivedAt ?? now;
        if (receivedAt > now + ClockSkew)
            errors.Add(nameof(input.ReceivedAt), "The message cannot have been left in the future.");
        else if (receivedAt < EarliestReceipt)
            errors.Add(nameof(input.ReceivedAt), "The message cannot have been left before the year 2000; check the date.");
        if (input.Deadline is { } deadline && deadline < receivedAt)
            errors.Add(nameof(input.Deadline), "The deadline cannot be before the message was left.");

        return errors.Any
            ? new Validated<NewRequest>(null, errors.ToDictionary())
            : new Validated<NewRequest>(
                new NewRequest(input.JournalistId, name, outlet, topic!, question, channel,
                    receivedAt.ToUniversalTime(), input.Deadline?.ToUniversalTime(), phone, email),
                errors.ToDictionary());
    }

    public Validated<NewResponse> Validate(ResponseInput input, Request request)
    {
        var errors = new FieldErrors(localizer);
        var respondedAt = input.RespondedAt ?? time.GetUtcNow();
        if (respondedAt > time.GetUtcNow() + ClockSkew)
            errors.Add(nameof(input.RespondedAt), "The response cannot be in the future.");
        if (respondedAt < request.ReceivedAt)
            errors.Add(nameof(input.RespondedAt), "The response cannot be before the message was left.");
        var note = FieldErrors.Clean(input.Note);
        errors.MaxLength(nameof(input.Note), note, NoteMax, "Note");

        return new Validated<NewResponse>(
            errors.Any ? null : new NewResponse(respondedAt.ToUniversalTime(), input.Declined, note),
            errors.ToDictionary());
    }
}
