using PressDesk.Intake;
using PressDesk.Intake.DropFolder;
using PressDesk.Validation;

namespace PressDesk.Tests.Validation;

// The one definition of an email address and of a phone number, and the doors that use them.
public class ContactDefinitionsTests
{
    [Theory]
    [InlineData("claire@lesechos.fr")]
    [InlineData("c.martin+press@example.org")]
    public void Addresses_people_type_are_email_addresses(string text) => Assert.True(EmailAddress.IsValid(text));

    [Theory]
    [InlineData("")]
    [InlineData("claire@")]
    [InlineData("claire@localhost")]
    [InlineData("Claire <claire@example.org>")]
    [InlineData(" claire@example.org")]
    public void Anything_else_is_not(string text) => Assert.False(EmailAddress.IsValid(text));

    [Fact]
    public void An_address_longer_than_an_smtp_path_allows_is_not() =>
        Assert.False(EmailAddress.IsValid(new string('a', 250) + "@x.fr"));

    [Theory]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("01 23 45 67 89")]
    [InlineData("06.98.76.54.32")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+1 (212) 555-0100")]
    public void International_numbers_and_french_national_ones_are_phone_numbers(string text) => Assert.True(PhoneNumber.IsValid(text));

    [Theory]
    [InlineData("call me")]
    [InlineData("12")]
    [InlineData("+33 1 23")]
    [InlineData("<script>alert(1)</script>")]
    public void Words_and_fragments_are_not(string text) => Assert.False(PhoneNumber.IsValid(text));

    [Fact]
    public void A_json_intake_file_with_a_wrong_phone_is_set_aside_with_the_reason()
    {
        var json = """{ "journalist": "Claire Martin", "topic": "Tariffs", "channel": "phone", "phone": "call me" }"""u8;

        var (message, problem) = JsonIntakeReader.Read(json, IntakeSource.Drop, "bad-phone.json");

        Assert.Null(message);
        Assert.NotNull(problem);
        Assert.Equal("phone: \"call me\" is not a phone number (expected +33 1 23 45 67 89).",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Text, problem.Args));
    }
}
