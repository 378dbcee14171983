using System.Globalization;
using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

public class QuickLogFormTests : AppTest
{
    private static Dictionary<string, string> Claire(string? receivedAt = null, string? deadline = null) => new()
    {
        ["Input.JournalistName"] = "Claire Martin",
        ["Input.Outlet"] = "Les Echos",
        ["Input.Topic"] = "The new energy tariff",
        ["Input.Question"] = "Will households pay more?",
        ["Input.Channel"] = "phone",
        ["Input.ReceivedAt"] = receivedAt ?? Now.ToFormValue(),
        ["Input.Deadline"] = deadline ?? Now.AddMinutes(175).ToFormValue(),
    };

    [Fact]
    public async Task The_form_defaults_the_message_time_to_now()
    {
        var page = await Client.GetPageAsync("/requests/new");

        Assert.Equal(Now.ToFormValue(), page.QuerySelector("#Input_ReceivedAt")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Posting_the_form_logs_the_request_and_opens_its_page()
    {
        var form = await Client.GetPageAsync("/requests/new");

        var response = await Client.PostFormAsync("/requests/new", form, Claire(receivedAt: Now.AddMinutes(-15).ToFormValue()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("The new energy tariff", page.Text("h1"));
        Assert.Equal("Claire Martin", page.Text("#journalist"));
        Assert.Equal("New", page.Text("#status"));
        Assert.Equal("Warning", page.QuerySelector(".card.detail")!.GetAttribute("data-state"));
        Assert.Contains("Will households pay more?", page.Body!.TextContent);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected_and_stores_nothing()
    {
        var response = await Client.PostAsync("/requests/new", new FormUrlEncodedContent(Claire()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await Client.GetPageAsync("/")).QuerySelector("#open-requests"));
    }

    [Theory]
    [InlineData("Input.JournalistName", "", "Journalist name is required.")]
    [InlineData("Input.Topic", "   ", "Topic is required.")]
    [InlineData("Input.Topic", "__201", "Topic is at most 200 characters")]
    [InlineData("Input.Outlet", "__201", "Outlet is at most 200 characters")]
    [InlineData("Input.Question", "__4001", "Question is at most 4000 characters")]
    [InlineData("Input.Channel", "carrier pigeon", "Channel must be one of")]
    [InlineData("Input.ReceivedAt", "@+25", "The message cannot have been left in the future.")]
    [InlineData("Input.ReceivedAt", "not a time", "is not valid")]
    [InlineData("Input.ReceivedAt", "0001-01-01T00:00", "before the year 2000")]
    [InlineData("Input.Deadline", "@-65", "The deadline cannot be before the message was left.")]
    public async Task Each_invalid_field_gets_its_message_inline_and_nothing_is_stored(string field, string value, string message)
    {
        var form = await Client.GetPageAsync("/requests/new");
        var fields = Claire();
        // "__N" is N characters; "@±M" is M minutes from now.
        fields[field] = value.StartsWith("__", StringComparison.Ordinal) ? new string('x', int.Parse(value[2..], CultureInfo.InvariantCulture))
            : value.StartsWith('@') ? Now.AddMinutes(int.Parse(value[1..], CultureInfo.InvariantCulture)).ToFormValue()
            : value;

        var response = await Client.PostFormAsync("/requests/new", form, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        var inline = page.QuerySelector($"span[data-valmsg-for='{field}']")!.TextContent;
        Assert.Contains(message, inline);
        if (field != "Input.Topic") Assert.Equal("The new energy tariff", page.QuerySelector("#Input_Topic")!.GetAttribute("value"));
        Assert.Null((await Client.GetPageAsync("/")).QuerySelector("#open-requests"));
    }

    [Fact]
    public async Task A_known_journalist_can_be_picked_from_the_list()
    {
        var form = await Client.GetPageAsync("/requests/new");
        await Client.PostFormAsync("/requests/new", form, Claire());

        form = await Client.GetPageAsync("/requests/new");
        var option = form.QuerySelectorAll("#Input_JournalistId option").Single(o => o.TextContent.Contains("Claire Martin"));
        Assert.Equal("Claire Martin — Les Echos", option.TextContent);
        var fields = Claire();
        fields["Input.JournalistId"] = option.GetAttribute("value")!;
        fields["Input.JournalistName"] = "";
        fields["Input.Outlet"] = "";
        fields["Input.Topic"] = "Second call";

        var response = await Client.PostFormAsync("/requests/new", form, fields);

        var page = await Client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Claire Martin", page.Text("#journalist"));
        Assert.Single((await Client.GetPageAsync("/requests/new")).QuerySelectorAll("#Input_JournalistId option"),
            o => o.TextContent.Contains("Claire Martin"));
    }
}
