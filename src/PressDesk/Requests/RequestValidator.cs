using Microsoft.Extensions.Localization;

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

    public Validated<NewRequest> Validate(RequestInput input)
    {
        var errors = new Errors(localizer);
        var now = time.GetUtcNow();

        var name = Clean(input.JournalistName);
        var outlet = Clean(input.Outlet);
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

        var topic = Clean(input.Topic);
        errors.Required(nameof(input.Topic), topic, "Topic");
        errors.MaxLength(nameof(input.Topic), topic, TopicMax, "Topic");

        var question = Clean(input.Question) ?? "";
        errors.MaxLength(nameof(input.Question), question, QuestionMax, "Question");

        if (string.IsNullOrWhiteSpace(input.Channel))
            errors.Add(nameof(input.Channel), "Say how the journalist reached you.");
        else if (!Channels.TryParse(input.Channel, out _))
            errors.Add(nameof(input.Channel), "Channel must be one of: {0}.", string.Join(", ", Channels.All.Select(c => c.Name())));
        Channels.TryParse(input.Channel, out var channel);

        var receivedAt = input.ReceivedAt ?? now;
        if (receivedAt > now + ClockSkew)
            errors.Add(nameof(input.ReceivedAt), "The message cannot have been left in the future.");
        if (input.Deadline is { } deadline && deadline < receivedAt)
            errors.Add(nameof(input.Deadline), "The deadline cannot be before the message was left.");

        return errors.Any
            ? new Validated<NewRequest>(null, errors.ToDictionary())
            : new Validated<NewRequest>(
                new NewRequest(input.JournalistId, name, outlet, topic!, question, channel,
                    receivedAt.ToUniversalTime(), input.Deadline?.ToUniversalTime()),
                errors.ToDictionary());
    }

    public Validated<NewResponse> Validate(ResponseInput input, Request request)
    {
        var errors = new Errors(localizer);
        var respondedAt = input.RespondedAt ?? time.GetUtcNow();
        if (respondedAt > time.GetUtcNow() + ClockSkew)
            errors.Add(nameof(input.RespondedAt), "The response cannot be in the future.");
        if (respondedAt < request.ReceivedAt)
            errors.Add(nameof(input.RespondedAt), "The response cannot be before the message was left.");
        var note = Clean(input.Note);
        errors.MaxLength(nameof(input.Note), note, NoteMax, "Note");

        return new Validated<NewResponse>(
            errors.Any ? null : new NewResponse(respondedAt.ToUniversalTime(), input.Declined, note),
            errors.ToDictionary());
    }

    // Trims, drops control characters other than line breaks and tabs, and turns blank into null.
    private static string? Clean(string? text)
    {
        if (text is null) return null;
        var kept = new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray()).Trim();
        return kept.Length == 0 ? null : kept;
    }

    private sealed class Errors(IStringLocalizer localizer)
    {
        private readonly Dictionary<string, List<string>> _byField = [];

        public bool Any => _byField.Count > 0;

        public void Add(string field, string message, params object[] args)
        {
            if (!_byField.TryGetValue(field, out var list)) _byField[field] = list = [];
            list.Add(localizer[message, args]);
        }

        public void Required(string field, string? value, string label)
        {
            if (value is null) Add(field, "{0} is required.", localizer[label]);
        }

        public void MaxLength(string field, string? value, int max, string label)
        {
            if (value is not null && value.Length > max)
                Add(field, "{0} is at most {1} characters (this one has {2}).", localizer[label], max, value.Length);
        }

        public IReadOnlyDictionary<string, string[]> ToDictionary() =>
            _byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }
}
