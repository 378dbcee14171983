using PressDesk.Requests;

namespace PressDesk.Tests.Requests;

public class ChannelTests
{
    [Theory]
    [InlineData("phone", Channel.Phone)]
    [InlineData("SMS", Channel.Sms)]
    [InlineData("inPerson", Channel.InPerson)]
    [InlineData("in person", Channel.InPerson)]
    [InlineData("in-person", Channel.InPerson)]
    public void Channel_names_parse_loosely(string text, Channel expected)
    {
        Assert.True(Channels.TryParse(text, out var channel));
        Assert.Equal(expected, channel);
    }

    [Theory]
    [InlineData("fax")]
    [InlineData("3")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_channels_do_not_parse(string? text) => Assert.False(Channels.TryParse(text, out _));

    [Fact]
    public void The_wire_name_is_camel_case() => Assert.Equal("inPerson", Channel.InPerson.Name());
}
