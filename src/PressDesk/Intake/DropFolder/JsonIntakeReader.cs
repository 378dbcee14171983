using System.Text.Json;
using System.Text.Json.Serialization;
using PressDesk.Requests;
using PressDesk.Validation;
using PressDesk.Web;

namespace PressDesk.Intake.DropFolder;

// The .json files a phone system or a web form drops (schema in the README, "Intake").
// Either a message or the reason it cannot be one, naming the field.
public static class JsonIntakeReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,   // a field given twice is refused like an unknown one, not the last copy taken
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static (IntakeMessage? Message, IntakeProblem? Problem) Read(ReadOnlySpan<byte> content, IntakeSource source, string sourceName)
    {
        // Phone systems on Windows like to start with a byte-order mark; the serializer does not.
        if (content.StartsWith("\uFEFF"u8)) content = content[3..];
        if (!System.Text.Unicode.Utf8.IsValid(content))
            return (null, new("The file is not valid UTF-8 text (bad byte at offset {0}); save it as UTF-8.", InvalidUtf8Offset(content)));

        IntakeFile? file;
        try
        {
            if (UnknownField(content) is { } unknown)
                return (null, new("Unknown field “{0}”. The known fields are: {1}.", Clip(unknown), string.Join(", ", KnownFields)));
            file = JsonSerializer.Deserialize<IntakeFile>(content, Options);
        }
        catch (JsonException e)
        {
            // The serializer's message names .NET types; say what the sender should write instead.
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path.TrimStart('$', '.');
            if (field is not null && JsonBody.IsDuplicateKey(e))
                return (null, new("Field “{0}” appears more than once; give each field once.", Clip(field)));
            return (null, field is not null && e.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? new("{0}: this value has the wrong type or format. Dates are ISO-8601 with an offset, such as 2026-11-28T14:05:00+01:00; the other fields are text.", field)
                : new("The file is not well-formed JSON (line {0}, byte {1}).", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1));
        }
        if (file is null) return (null, new("The file holds JSON null instead of an object with journalist, topic and channel."));

        if (file.Email is { } email && !EmailAddress.IsValid(email.Trim()))
            return (null, new("email: \"{0}\" is not an email address.", Clip(email)));
        if (file.Phone is { } phone && !PhoneNumber.IsValid(phone.Trim()))
            return (null, phone.Length > PhoneNumber.MaxLength
                ? new("phone: at most {0} characters (this one has {1}).", PhoneNumber.MaxLength, phone.Length)
                : new("phone: \"{0}\" is not a phone number (expected +33 1 23 45 67 89).", Clip(phone)));
        if (file.Journalist is null && file.Email is null)
            return (null, new("journalist: say who called (a name, or at least an email)."));

        return (new IntakeMessage
        {
            // A phone system's own message id makes its retries safe; otherwise the content does.
            Identity = string.IsNullOrWhiteSpace(file.Id) ? IntakeMessage.ContentIdentity(content) : "json:" + file.Id.Trim(),
            Source = source,
            SourceName = sourceName,
            JournalistName = file.Journalist,
            JournalistEmail = file.Email?.Trim(),
            JournalistPhone = file.Phone?.Trim(),
            Outlet = file.Outlet,
            Topic = file.Topic,
            Question = file.Question,
            Channel = file.Channel ?? Channel.Phone.Name(),
            SentAt = file.ReceivedAt,
            Deadline = file.Deadline,
        }, null);
    }

    private static readonly string[] KnownFields =
        [.. typeof(IntakeFile).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];

    // The first top-level property the schema does not have (names match without case, as the serializer does).
    private static string? UnknownField(ReadOnlySpan<byte> content)
    {
        var reader = new Utf8JsonReader(content, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!KnownFields.Contains(name, StringComparer.OrdinalIgnoreCase)) return name;
            reader.Skip(); // to the end of this property's value
        }
        return null;
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> content)
    {
        System.Text.Unicode.Utf8.ToUtf16(content, new char[content.Length], out var valid, out _, replaceInvalidSequences: false);
        return valid;
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private sealed class IntakeFile
    {
        public string? Id { get; init; }
        public string? Journalist { get; init; }
        public string? Email { get; init; }
        public string? Phone { get; init; }
        public string? Outlet { get; init; }
        public string? Topic { get; init; }
        public string? Question { get; init; }
        public string? Channel { get; init; }
        public DateTimeOffset? ReceivedAt { get; init; }
        public DateTimeOffset? Deadline { get; init; }
    }
}
