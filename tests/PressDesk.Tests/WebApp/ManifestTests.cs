using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.WebApp;

// The manifest and the files it names, as a browser fetches them: without cookies.
public class ManifestTests : AppTest
{
    [Fact]
    public async Task The_manifest_is_json_of_its_own_type_and_opens_the_dashboard_standalone()
    {
        var response = await App.CreateClient().GetAsync("/manifest.webmanifest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        var manifest = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("PressDesk", (string?)manifest["name"]);
        Assert.Equal("PressDesk", (string?)manifest["short_name"]);
        Assert.Equal("standalone", (string?)manifest["display"]);
        Assert.Equal("/", (string?)manifest["start_url"]);
        Assert.Equal("/", (string?)manifest["scope"]);
        Assert.Equal("en", (string?)manifest["lang"]);
        Assert.Matches("^#[0-9a-f]{6}$", (string?)manifest["theme_color"]);
        Assert.Matches("^#[0-9a-f]{6}$", (string?)manifest["background_color"]);
    }

    [Fact]
    public async Task Every_icon_of_the_manifest_is_a_png_of_the_size_it_claims_with_any_and_maskable_at_192_and_512()
    {
        var anonymous = App.CreateClient();
        var manifest = JsonNode.Parse(await anonymous.GetStringAsync("/manifest.webmanifest"))!;
        var icons = manifest["icons"]!.AsArray().Select(i => (Src: (string)i!["src"]!, Sizes: (string)i["sizes"]!, Purpose: (string)i["purpose"]!)).ToList();

        foreach (var (src, sizes, _) in icons)
        {
            var response = await anonymous.GetAsync(src);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var (width, height) = PngSize(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(sizes, $"{width}x{height}");
        }
        foreach (var purpose in new[] { "any", "maskable" })
            foreach (var size in new[] { "192x192", "512x512" })
                Assert.Contains(icons, i => i.Purpose == purpose && i.Sizes == size);
        var (appleWidth, _) = PngSize(await anonymous.GetByteArrayAsync("/icons/apple-touch-icon.png"));
        Assert.Equal(180, appleWidth);
    }

    [Fact]
    public async Task The_manifest_speaks_the_readers_language()
    {
        var french = App.CreateClient();
        french.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));

        var manifest = JsonNode.Parse(await french.GetStringAsync("/manifest.webmanifest"))!;

        Assert.Equal("fr", (string?)manifest["lang"]);
        Assert.Contains("rappelez le premier", (string?)manifest["description"]);
        Assert.Equal("Noter une demande", (string?)manifest["shortcuts"]![0]!["name"]);
    }

    [Fact]
    public async Task Every_page_links_the_manifest_the_theme_colour_and_the_apple_icon_and_registers_the_worker()
    {
        foreach (var page in new[] { await App.CreateClient().GetPageAsync("/signin"), await Client.GetPageAsync("/") })
        {
            Assert.Equal("/manifest.webmanifest", page.QuerySelector("link[rel=manifest]")?.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("meta[name=theme-color]"));
            Assert.Equal("/icons/apple-touch-icon.png", page.QuerySelector("link[rel=apple-touch-icon]")?.GetAttribute("href"));
            Assert.Equal("yes", page.QuerySelector("meta[name=apple-mobile-web-app-capable]")?.GetAttribute("content"));
            Assert.NotNull(page.QuerySelector("script[src^='/js/pwa.js']"));
        }
    }

    [Fact]
    public async Task The_offline_page_answers_without_sign_in_in_the_readers_language_and_holds_no_account_data()
    {
        var french = App.CreateClient(new() { AllowAutoRedirect = false });
        french.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));

        var response = await french.GetAsync("/offline");
        var signedIn = await Client.GetStringAsync("/offline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr", response.Content.Headers.ContentLanguage.Single());
        Assert.Contains("PressDesk est injoignable", await response.Content.ReadAsStringAsync());
        Assert.Contains("PressDesk cannot be reached", signedIn);
        Assert.DoesNotContain(PressDeskApp.OwnerEmail, signedIn);
        Assert.DoesNotContain("__RequestVerificationToken", signedIn);
    }

    [Fact]
    public async Task The_policy_lets_the_worker_and_the_manifest_come_from_this_site_only()
    {
        var csp = string.Join(";", (await Client.GetAsync("/")).Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("worker-src 'self'", csp);
        Assert.Contains("manifest-src 'self'", csp);
    }

    // The width and height in a PNG's IHDR chunk, after the 8-byte signature and the chunk's length and type.
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
