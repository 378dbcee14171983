using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using PressDesk.Localization;

namespace PressDesk.Intake;

// A reason as a reader finds it: an English sentence (its resource key) and the arguments. An
// argument that is itself an IntakeProblem (a size) is worded in the same language as the sentence.
public sealed record IntakeProblem(string Text, params object[] Args);

// Why intake set something aside, worded in both languages when it happened and stored as both:
// a validation message is worded as it is found, so it could not be translated later. The intake
// page shows its reader's language; the reason file PressDesk:Culture.
public sealed record IntakeReason(string English, string French)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string In(CultureInfo language) => Languages.IsFrench(language) ? French : English;

    public override string ToString() => English;

    public string ToStored() => JsonSerializer.Serialize(new Stored(English, French), Json);

    // Rows written before reasons had two languages hold plain English.
    public static IntakeReason FromStored(string text)
    {
        if (text.StartsWith('{'))
        {
            try
            {
                if (JsonSerializer.Deserialize<Stored>(text, Json) is { En: { } en, Fr: { } fr }) return new(en, fr);
            }
            catch (JsonException) { }
        }
        return new(text, text);
    }

    private sealed record Stored(string? En, string? Fr);
}

public sealed class IntakeReasons(IStringLocalizer<IntakeReasons> localizer)
{
    public IntakeReason Of(IntakeProblem problem) => Write(() => Word(problem));

    // Runs the wording once per language. Each scope spans one synchronous call (nothing awaits
    // inside), so the thread's culture is set and given back on the same thread.
    public IntakeReason Write(Func<string> word)
    {
        string In(CultureInfo language)
        {
            using var scope = Languages.Use(language);
            return word();
        }
        return new(In(Languages.English), In(Languages.French));
    }

    private string Word(IntakeProblem problem) =>
        localizer[problem.Text, [.. problem.Args.Select(a => a is IntakeProblem inner ? Word(inner) : a)]];
}
