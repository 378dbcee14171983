using System.Globalization;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

// Webhook and email alerts have no reader's request to take a language from: they are written in
// PressDesk:Culture, with that language's durations and 24-hour times.
public abstract class WebhookLanguageTest : AlertTest, IClassFixture<WebhookReceiver>
{
    protected WebhookReceiver Receiver { get; }

    protected WebhookLanguageTest(WebhookReceiver receiver, string culture) : base(new Dictionary<string, string?>
    {
        ["PressDesk:Culture"] = culture,
        ["PressDesk:Alerts:Webhook:Url"] = receiver.Url,
        ["PressDesk:PublicUrl"] = "https://pressdesk.example.org/",
    })
        => Receiver = receiver;

    public override async Task InitializeAsync()
    {
        await Receiver.ResetAsync();
        await base.InitializeAsync();
    }

    // A warning fired at 14:05 for a call received at 13:45: due back at 14:15, in 10 minutes.
    protected async Task<string> WarningTextAsync()
    {
        var id = await LogAsync(Now.AddMinutes(-20));
        await PassAsync();
        await Outbox.DeliverDueAsync(default);

        var text = (string?)Assert.Single(Receiver.Received)["text"];
        Assert.NotNull(text);
        Assert.EndsWith($" https://pressdesk.example.org/requests/{id}", text);
        return text;
    }
}

public sealed class FrenchWebhookTests(WebhookReceiver receiver) : WebhookLanguageTest(receiver, "fr-FR")
{
    [Fact]
    public async Task The_webhook_text_is_French_with_minutes_and_a_24_hour_time()
    {
        var text = await WarningTextAsync();

        Assert.StartsWith(
            "Rappel à faire bientôt : Claire Martin (Les Echos). En attente depuis 20 min sur « New energy tariff ». À rappeler avant 14:15 (dans 10 min).",
            text);
        Assert.DoesNotContain("PM", text);
        Assert.DoesNotContain("Waiting", text);
    }

    [Fact]
    public async Task The_alerts_page_shows_a_delivery_error_in_its_reader_s_language()
    {
        await Receiver.SwitchAsync(ReceiverMode.Failing);
        await LogAsync(Now.AddMinutes(-31));
        await PassAsync();
        await Outbox.DeliverDueAsync(default);

        var french = await Client.GetPageAsync("/alerts");
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var english = await Client.GetPageAsync("/alerts");

        Assert.Equal("Le webhook a répondu 503 Service Unavailable.", french.QuerySelector(".delivery[data-state='failed'] .small")!.TextContent.Trim());
        Assert.Contains("Délai de réponse visé dépassé : Claire Martin (Les Echos)", french.Body!.TextContent);
        Assert.Equal("The webhook answered 503 Service Unavailable.", english.QuerySelector(".delivery[data-state='failed'] .small")!.TextContent.Trim());
    }
}

public sealed class EnglishWebhookTests(WebhookReceiver receiver) : WebhookLanguageTest(receiver, "en-GB")
{
    [Fact]
    public async Task The_webhook_text_is_English()
    {
        var text = await WarningTextAsync();

        Assert.StartsWith(
            "Call back soon: Claire Martin (Les Echos). Waiting for 20 min about “New energy tariff”. Respond by 14:15 (in 10 min).",
            text);
    }
}

public sealed class FrenchEmailTests(SmtpListener smtp) : AlertTest(new Dictionary<string, string?>
{
    ["PressDesk:Culture"] = "fr-FR",
    ["PressDesk:Alerts:Email:Host"] = "127.0.0.1",
    ["PressDesk:Alerts:Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
    ["PressDesk:Alerts:Email:Security"] = "None",
    ["PressDesk:Alerts:Email:From"] = "PressDesk <pressdesk@example.org>",
    ["PressDesk:Alerts:Email:To"] = "expert@example.org",
    ["PressDesk:PublicUrl"] = "https://pressdesk.example.org",
}), IClassFixture<SmtpListener>
{
    [Fact]
    public async Task The_email_alert_is_French_subject_and_body()
    {
        var id = await LogAsync(Now.AddMinutes(-31), deadline: Now.AddHours(3));
        await PassAsync();

        await Outbox.DeliverDueAsync(default);

        var message = Assert.Single(smtp.Messages, m => m.TextBody?.Contains($"/requests/{id}") == true);
        Assert.Equal("PressDesk : Délai de réponse visé dépassé : Claire Martin (Les Echos)", message.Subject);
        Assert.StartsWith("En attente depuis 31 min sur « New energy tariff » ; le délai de réponse visé est dépassé.", message.TextBody);
        Assert.Equal("fr", message.Body?.Headers[MimeKit.HeaderId.ContentLanguage]);
    }
}

// Each open dashboard reads a live alert in its own language, the one its stream was opened in,
// whatever PressDesk:Culture (en-GB here) and the worker's thread say.
public sealed class LiveAlertLanguageTests : AlertTest
{
    [Fact]
    public async Task Two_dashboards_get_the_same_alert_each_in_its_language()
    {
        var french = await App.CreateSignedInClientAsync();
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        await using var frenchDashboard = await OpenDashboard.OpenAsync(french);
        await using var englishDashboard = await OpenDashboard.OpenAsync(Client);

        var id = await LogAsync(Now.AddMinutes(-20));
        await PassAsync();
        var inFrench = await NextAlertAsync(frenchDashboard);
        var inEnglish = await NextAlertAsync(englishDashboard);

        Assert.Equal((long)inFrench["alertId"]!, (long)inEnglish["alertId"]!);
        Assert.Equal($"/requests/{id}", (string?)inFrench["link"]);
        Assert.Equal("Rappel à faire bientôt : Claire Martin (Les Echos)", (string?)inFrench["title"]);
        Assert.Equal("En attente depuis 20 min sur « New energy tariff ». À rappeler avant 14:15 (dans 10 min).", (string?)inFrench["body"]);
        Assert.Equal("Call back soon: Claire Martin (Les Echos)", (string?)inEnglish["title"]);
        Assert.Equal("Waiting for 20 min about “New energy tariff”. Respond by 14:15 (in 10 min).", (string?)inEnglish["body"]);
    }

    [Fact]
    public async Task The_account_language_decides_the_stream_over_the_browser()
    {
        await App.Database.ExecuteAsync("UPDATE users SET language = 'fr' WHERE email = @email", new { email = PressDeskApp.OwnerEmail });
        var client = await App.CreateSignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        await using var dashboard = await OpenDashboard.OpenAsync(client);

        await LogAsync(Now.AddMinutes(-31));
        await PassAsync();

        Assert.Equal("Délai de réponse visé dépassé : Claire Martin (Les Echos)", (string?)(await NextAlertAsync(dashboard))["title"]);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> NextAlertAsync(OpenDashboard dashboard)
    {
        while (true)
        {
            var (type, data) = await dashboard.NextAsync();
            if (type == "alert") return data;
        }
    }
}
