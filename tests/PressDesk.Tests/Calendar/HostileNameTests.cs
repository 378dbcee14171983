using System.Text;

namespace PressDesk.Tests.Calendar;

// A journalist's name and outlet are third-party text (typed from a voicemail, read from an email):
// commas, semicolons, backslashes, quotes and line breaks, even an attempt to close the event and
// start another, come out as valid ICS that both parsers read back exactly.
public sealed class HostileNameTests : CalendarTest
{
    private const string Name = "Dupont, Jean; \"Le Boss\" \\ ünïcødé 📰\u0000\u001b\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@example.org\r\nSUMMARY:pwned";
    // What a calendar can hold of it: one kind of line break, no other control character.
    private const string Shown = "Dupont, Jean; \"Le Boss\" \\ ünïcødé 📰\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@example.org\nSUMMARY:pwned";
    private const string Outlet = "Le Monde; Inc., \\N Paris\nLOCATION:x";

    [Fact]
    public async Task Hostile_journalist_names_give_valid_ICS_that_both_parsers_read_back_exactly()
    {
        var energy = await LogAsync("Tariffs, taxes; and \\ more", TimeSpan.FromHours(3));
        await App.Database.ExecuteAsync("UPDATE journalists SET name = @Name", new { Name });
        await App.Database.ExecuteAsync("UPDATE outlets SET name = @Outlet", new { Outlet });
        await CallbackAsync(energy, Team.Eve, Tuesday.AddHours(1), "Line one\nLine two; with, punctuation");

        var ics = await FetchAsync(await AddressAsync(await SignInAsync("eve")));

        var expected = $"Deadline: {Shown} ({Outlet}) – Tariffs, taxes; and \\ more";
        var calendar = Ical.Net.Calendar.Load(ics)!;
        Assert.Equal(2, calendar.Events.Count);
        Assert.Equal(expected, calendar.Events.Single(e => e.Uid == $"deadline-{energy}@pressdesk").Summary);
        var parsed = await IcalJs.ParseAsync(ics);
        Assert.Equal(2, parsed.Events.Count);
        Assert.DoesNotContain(parsed.Events, e => e.Uid == "evil@example.org");
        Assert.Equal(expected, parsed.Events.Single(e => e.Uid == $"deadline-{energy}@pressdesk").Summary);
        Assert.Contains("Line one\nLine two; with, punctuation", parsed.Events.Single(e => e.Uid.StartsWith("callback-", StringComparison.Ordinal)).Description);

        // RFC 5545 3.1: CRLF line ends, and lines folded at 75 octets, however long the name.
        Assert.DoesNotContain(ics.Replace("\r\n", ""), c => c is '\r' or '\n');
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"A line of {Encoding.UTF8.GetByteCount(line)} octets: {line}"));
    }
}
