using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

// Walks every endpoint the app maps, so a page or API added later is covered without editing this test.
public class EndpointProtectionTests : AppTest
{
    // /reset-password/{token}: whoever follows a reset link has forgotten their password; the token is the key.
    // The manifest and the offline page: browsers fetch them without cookies, and neither holds any data.
    // /push/actions/{token}: a notification's button posts without a cookie; the signed, expiring token is the permission.
    // /calendar/{token}.ics: calendar apps subscribe without a cookie; the long random token is the key (FeedTokenTests).
    private static readonly HashSet<string> Anonymous =
        ["/signin", "/setup", "/healthz", "/reset-password/1", "/manifest.webmanifest", "/offline", "/push/actions/1", "/calendar/1.ics"];

    private IEnumerable<(string Method, string Path, bool IsPage)> MappedEndpoints() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
                var path = "/" + string.Join("/", e.RoutePattern.PathSegments.Select(segment =>
                    string.Concat(segment.Parts.Select(part => part switch
                    {
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p when p.Name == "documentName" => "v1",
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
                        _ => "",
                    }))));
                var isPage = e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null;
                return methods.Select(m => (m, path, isPage));
            })
            .Distinct();

    [Fact]
    public async Task Every_endpoint_but_sign_in_setup_reset_health_and_the_web_app_files_needs_a_signed_in_user_or_an_api_key()
    {
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        var checkedCount = 0;

        foreach (var (method, path, isPage) in MappedEndpoints())
        {
            if (Anonymous.Contains(path)) continue;
            var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = method is "GET" or "HEAD" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
            });

            if (path.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode} to an anonymous caller");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            else if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery);
            }
            else
            {
                // Non-page endpoints (the event stream, the OpenAPI document) answer 401 instead of redirecting.
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized && !isPage,
                    $"{method} {path} answered {(int)response.StatusCode} to an anonymous caller");
            }
            checkedCount++;
        }

        Assert.True(checkedCount >= 10, $"only {checkedCount} endpoints were found; the walk is broken");
    }

    [Fact]
    public async Task The_allowed_anonymous_endpoints_answer_without_sign_in()
    {
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/signin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/css/site.css")).StatusCode);
        foreach (var webAppFile in new[] { "/manifest.webmanifest", "/sw.js", "/offline", "/icons/icon-192.png", "/icons/maskable-512.png", "/icons/apple-touch-icon.png" })
            Assert.True((await anonymous.GetAsync(webAppFile)).StatusCode == HttpStatusCode.OK, $"{webAppFile} needs sign-in");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/setup")).StatusCode);   // an owner exists
        Assert.Contains("This link does not work", await (await anonymous.GetAsync("/reset-password/1")).Content.ReadAsStringAsync());   // a page, not a redirect
    }
}
