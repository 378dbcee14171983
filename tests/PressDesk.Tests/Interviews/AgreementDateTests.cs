using System.Globalization;
using System.Net;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

// Found by the hostile input sweep: an agreement dated year 1 was stored (clamped to 1900).
public class AgreementDateTests : AppTest
{
    [Theory]
    [InlineData("0001-01-01T00:00")]
    [InlineData("1970-01-01T00:00")]
    public async Task An_agreement_dated_before_2000_is_refused_with_a_message(string agreedAt)
    {
        var (request, _) = await Api.RequestAsync(Now.AddMinutes(-60), TimeSpan.FromMinutes(10));
        var url = $"/requests/{request}/interview";
        var page = await Client.GetPageAsync(url);

        var response = await Client.PostFormAsync(url, page, new Dictionary<string, string>
        {
            ["Format"] = "Conversation", ["HeldAt"] = Now.AddMinutes(-30).UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Statements[0].Text"] = "Prices will rise.", ["Statements[0].Level"] = "OffRecord",
            ["Statements[0].Agreement"] = "Yes", ["Statements[0].AgreedAt"] = agreedAt,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await Forms.ParseAsync(response);
        Assert.Contains("The agreement cannot be before the year 2000", form.Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(url)).StatusCode);
        Assert.DoesNotContain("Prices will rise.", (await Client.GetPageAsync(url)).Body!.TextContent);   // nothing stored
    }
}
