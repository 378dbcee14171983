using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Push;

public sealed class PushDevicesPageTests(WebPushService service) : PushTest(service)
{
    [Fact]
    public async Task The_settings_page_lists_the_users_devices_which_can_be_renamed_revoked_and_told_which_kinds_to_get()
    {
        await SubscribeAsync();
        var page = await Client.GetPageAsync("/account");
        Assert.NotNull(page.QuerySelector("[data-push] [data-push-toggle]"));
        var id = page.QuerySelector<IHtmlInputElement>(".push-device-list input[name=id]")!.Value;

        var token = page.AntiforgeryToken();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostAsync("/push/devices?handler=Rename&returnUrl=%2Faccount", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["id"] = id, ["name"] = "Work phone", ["__RequestVerificationToken"] = token }))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostAsync("/push/devices?handler=Kinds&returnUrl=%2Faccount", new FormUrlEncodedContent(
            [new("kinds", "warning"), new("kinds", "breach"), new("__RequestVerificationToken", token)]))).StatusCode);

        page = await Client.GetPageAsync("/account");
        Assert.Equal("Work phone", page.QuerySelector<IHtmlInputElement>(".push-device-list input[name=name]")!.Value);
        Assert.Equal(["warning", "breach"], page.QuerySelectorAll<IHtmlInputElement>("input[name=kinds]").Where(c => c.IsChecked).Select(c => c.Value));

        await Client.PostAsync("/push/devices?handler=Revoke&returnUrl=%2Faccount", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["id"] = id, ["__RequestVerificationToken"] = token }));
        Assert.Equal(0, await DevicesAsync());
        Assert.NotNull((await Client.GetPageAsync("/")).QuerySelector("[data-push] [data-push-toggle]"));
    }
}
