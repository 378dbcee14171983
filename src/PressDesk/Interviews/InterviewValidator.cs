using Microsoft.Extensions.Localization;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Interviews;

public sealed class InterviewValidator(TimeProvider time, IStringLocalizer<InterviewValidator> localizer)
{
    public const int NotesMax = 4000;
    public const int StatementMax = 2000;
    public const int HowMax = 200;
    public const int StatementsMax = 40;
    public const int DurationMaxMinutes = 600;

    // Field names match the form (Statements[2].Text), so messages show beside the right box.
    public Validated<InterviewDraft> Validate(InterviewInput input, Request request)
    {
        var errors = new FieldErrors(localizer);
        var now = time.GetUtcNow();

        if (!Enum.TryParse<InterviewFormat>(input.Format, out var format) || !Enum.IsDefined(format) || int.TryParse(input.Format, out _))
            errors.Add(nameof(input.Format), "Choose the interview's format.");
        if (input.HeldAt is not { } heldAt)
        {
            errors.Add(nameof(input.HeldAt), "Say when the interview took place.");
            heldAt = now;
        }
        else if (heldAt > now + TimeSpan.FromMinutes(1))
            errors.Add(nameof(input.HeldAt), "The interview cannot be in the future.");
        else if (heldAt < request.ReceivedAt - TimeSpan.FromMinutes(1))
            errors.Add(nameof(input.HeldAt), "The interview cannot be before the journalist's message.");
        if (input.DurationMinutes is { } minutes && (minutes < 1 || minutes > DurationMaxMinutes))
            errors.Add(nameof(input.DurationMinutes), "Duration is between 1 and {0} minutes.", DurationMaxMinutes);
        var notes = FieldErrors.Clean(input.Notes);
        errors.MaxLength(nameof(input.Notes), notes, NotesMax, "Notes");

        var statements = new List<StatementDraft>();
        for (var i = 0; i < input.Statements.Count; i++)
        {
            var s = input.Statements[i];
            var field = $"Statements[{i}]";
            var text = FieldErrors.Clean(s.Text);
            if (text is null) continue;   // a blank row is an unused row
            errors.MaxLength($"{field}.Text", text, StatementMax, "Statement");
            if (!Enum.TryParse<AttributionLevel>(s.Level, out var level) || !Enum.IsDefined(level) || int.TryParse(s.Level, out _))
            {
                errors.Add($"{field}.Level", "Choose an attribution level.");
                continue;
            }
            // Usually a slip: the quote check leaves such a statement out, and a journalist may print it with your name.
            if (s.IsQuote && level != AttributionLevel.OnRecord && !s.QuoteConfirmed)
                errors.Add($"{field}.IsQuote",
                    "A quote attributed to you must be on the record; change the level or untick the quote, or tick 'Yes, I mean it'.");
            if (level == AttributionLevel.OnRecord)
            {
                statements.Add(new StatementDraft(text, level, s.IsQuote, null, null, null));
                continue;
            }

            var agreement = Interviews.Agreement.NotAsked;
            if (s.Agreement is not null
                && (!Enum.TryParse(s.Agreement, out agreement) || !Enum.IsDefined(agreement) || int.TryParse(s.Agreement, out _)))
                errors.Add($"{field}.Agreement", "Choose whether the journalist agreed.");
            var how = FieldErrors.CleanLine(s.AgreementHow);
            errors.MaxLength($"{field}.AgreementHow", how, HowMax, "How");
            var agreedAt = s.AgreedAt;
            if (agreement == Interviews.Agreement.NotAsked) (agreedAt, how) = (null, null);
            else if (agreedAt is { } at && at > now + TimeSpan.FromMinutes(1))
                errors.Add($"{field}.AgreedAt", "The agreement cannot be in the future.");
            // A standing agreement may predate the request, but not this century: a year typo.
            else if (agreedAt is { } early && early < RequestValidator.EarliestReceipt)
                errors.Add($"{field}.AgreedAt", "The agreement cannot be before the year 2000; check the date.");
            else if (agreement == Interviews.Agreement.Yes) agreedAt ??= heldAt;   // asked on the call, most of the time
            else agreedAt = null;   // a refusal has no "agreed when"
            statements.Add(new StatementDraft(text, level, s.IsQuote, agreement, agreedAt, how));
        }
        if (statements.Count > StatementsMax)
            errors.Add(nameof(input.Statements), "At most {0} statements per interview.", StatementsMax);

        return errors.Any
            ? new Validated<InterviewDraft>(null, errors.ToDictionary())
            : new Validated<InterviewDraft>(
                new InterviewDraft(format, heldAt, input.DurationMinutes is { } d ? TimeSpan.FromMinutes(d) : null, notes, statements),
                new Dictionary<string, string[]>());
    }
}
