using System.Text;
using PressDesk.Intake;
using PressDesk.Intake.DropFolder;

namespace PressDesk.Tests.Intake;

// A bad .json file is refused in the sender's terms: the field they wrote and the ones we know,
// never the serializer's words about .NET types.
public sealed class JsonIntakeReaderTests
{
    private static IntakeProblem Refused(string json)
    {
        var (message, problem) = JsonIntakeReader.Read(Encoding.UTF8.GetBytes(json), IntakeSource.Drop, "call.json");
        Assert.Null(message);
        return Assert.IsType<IntakeProblem>(problem);
    }

    private static string Worded(IntakeProblem problem) => string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Text, problem.Args);

    [Fact]
    public void An_unknown_field_is_named_with_the_known_ones()
    {
        var reason = Worded(Refused("""{ "journalist": "Claire Martin", "sujet": "Tarifs" }"""));

        Assert.Equal("Unknown field “sujet”. The known fields are: id, journalist, email, phone, outlet, topic, question, channel, receivedAt, deadline.", reason);
    }

    [Theory]
    [InlineData("""{ "journalist": "Claire Martin", "topic": "Tarifs", "topic": "[Click](https://evil.test)" }""", "topic")]
    [InlineData("""{ "journalist": "Claire Martin", "Journalist": "Someone else", "topic": "Tarifs" }""", "Journalist")]
    public void A_field_given_twice_is_refused_naming_it(string json, string field)
    {
        var reason = Worded(Refused(json));

        Assert.Equal($"Field “{field}” appears more than once; give each field once.", reason);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_field_and_the_expected_format_not_a_NET_type()
    {
        var reason = Worded(Refused("""{ "journalist": "Claire Martin", "topic": "Tarifs", "receivedAt": "yesterday" }"""));

        Assert.StartsWith("receivedAt: this value has the wrong type or format.", reason);
        Assert.DoesNotContain("System.", reason);
        Assert.DoesNotContain("PressDesk.", reason);
    }

    [Fact]
    public void Broken_JSON_says_where()
    {
        var reason = Worded(Refused("{ \"journalist\": \"Claire Martin\",\n  \"topic\": }"));

        Assert.Equal("The file is not well-formed JSON (line 2, byte 12).", reason);
    }

    [Fact]
    public void Known_fields_match_without_case_as_the_serializer_reads_them()
    {
        var (message, problem) = JsonIntakeReader.Read(
            Encoding.UTF8.GetBytes("""{ "Journalist": "Claire Martin", "TOPIC": "Tarifs", "receivedat": "2026-11-28T14:05:00+01:00" }"""),
            IntakeSource.Drop, "call.json");

        Assert.Null(problem);
        Assert.Equal("Tarifs", message!.Topic);
    }
}
