namespace PressDesk.Tests.Calendar;

// Behind a proxy the address people use is PressDesk:PublicUrl: the feed's address on the account
// page and the links in its events use it, not the host the request came to.
public sealed class PublicUrlFeedTests() : CalendarTest(new Dictionary<string, string?> { ["PressDesk:PublicUrl"] = "https://press.example.org" })
{
    [Fact]
    public async Task The_address_and_the_request_links_use_the_configured_public_URL()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var address = await AddressAsync(await SignInAsync("eve"));
        Assert.StartsWith("https://press.example.org/calendar/", address);
        var deadline = Assert.Single((await FeedAsync(address)).Events);
        Assert.Equal(new Uri($"https://press.example.org/requests/{energy}"), deadline.Url);
    }
}
