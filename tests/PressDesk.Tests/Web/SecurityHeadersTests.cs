using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Web;

public partial class SecurityHeadersTests : AppTest
{
    [Theory]
    [InlineData("/")]
    [InlineData("/requests/new")]
    [InlineData("/signin")]
    [InlineData("/api/requests")]
    public async Task Every_response_carries_the_protective_headers(string url)
    {
        var response = url.StartsWith("/api", StringComparison.Ordinal) ? await Api.GetAsync(url)
            : url == "/signin" ? await App.CreateClient().GetAsync(url)
            : await Client.GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/requests/new")]
    [InlineData("/team")]
    [InlineData("/team/api-keys")]
    [InlineData("/team/sign-ins")]
    [InlineData("/signout")]
    public async Task Pages_have_no_inline_script_for_the_policy_to_block(string url)
    {
        var html = await Client.GetStringAsync(url);

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Fact]
    public async Task Over_https_in_production_hsts_lasts_at_least_a_year()
    {
        await using var app = new ProductionApp();
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://pressdesk.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/signin");

        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        var maxAge = long.Parse(MaxAge().Match(hsts).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 365 * 24 * 3600, hsts);
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex(@"max-age=(\d+)")]
    private static partial Regex MaxAge();

    private sealed class ProductionApp : PressDeskApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
