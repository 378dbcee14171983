using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Web;

// A browser gets an HTML page in the layout for an error, in its language; the API and clients that
// do not ask for HTML keep problem details. The app runs as in production (no developer exception page).
public class ErrorPageTests : IAsyncLifetime
{
    private const string MemberEmail = "member@pressdesk.test";
    private const string MemberPassword = "orchard tide lantern 24";
    private readonly ProductionApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_member_opening_an_owner_page_gets_a_forbidden_page_not_json()
    {
        var member = await SignedInMemberAsync();

        var response = await member.SendAsync(Html(HttpMethod.Get, "/team"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("Not for your account", page.Text("main h1"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("header.top nav a[href='/requests']"));   // the layout, with its navigation
    }

    [Fact]
    public async Task An_unknown_address_gets_a_not_found_page_in_french_for_a_french_browser()
    {
        var owner = await _app.CreateSignedInClientAsync();
        var request = Html(HttpMethod.Get, "/no-such-page");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        var response = await owner.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page introuvable", page.Text("main h1"));
        Assert.Contains("Page introuvable", page.Title);
    }

    [Fact]
    public async Task Too_many_requests_gets_its_page()
    {
        var owner = await _app.CreateSignedInClientAsync();

        var response = await owner.SendAsync(Html(HttpMethod.Get, ProductionApp.StatusPath + "429"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("Too many attempts", page.Text("main h1"));
        Assert.Equal("60", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_crash_gets_a_page_with_a_reference_and_no_internals()
    {
        var owner = await _app.CreateSignedInClientAsync();

        var response = await owner.SendAsync(Html(HttpMethod.Get, ProductionApp.CrashPath));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await Forms.ParseAsync(response);
        Assert.Equal("Something went wrong", page.Text("main h1"));
        Assert.Contains("Reference:", page.Text("main .hint"));
        Assert.DoesNotContain(ProductionApp.CrashMessage, html);
        Assert.DoesNotContain("InvalidOperationException", html);
    }

    [Fact]
    public async Task A_failed_form_post_gets_the_page_too()
    {
        var owner = await _app.CreateSignedInClientAsync();

        var response = await owner.SendAsync(Html(HttpMethod.Post, "/no-such-form"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Forms.ParseAsync(response)).Text("main h1"));
    }

    [Fact]
    public async Task The_api_keeps_problem_details_even_for_a_browser()
    {
        var api = _app.CreateApiClient();

        var missing = await api.SendAsync(Html(HttpMethod.Get, "/api/no-such-thing"));
        var crash = await api.SendAsync(Html(HttpMethod.Get, "/api" + ProductionApp.CrashPath));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.InternalServerError, crash.StatusCode);
        Assert.Equal("application/problem+json", crash.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(ProductionApp.CrashMessage, await crash.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_that_does_not_ask_for_html_keeps_problem_details()
    {
        var member = await SignedInMemberAsync();

        var response = await member.GetAsync("/team");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_signed_out_visitor_whose_page_crashes_gets_the_page_but_cannot_open_it_directly()
    {
        var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });

        var crash = await anonymous.SendAsync(Html(HttpMethod.Get, "/signin" + ProductionApp.CrashPath));
        var direct = await anonymous.SendAsync(Html(HttpMethod.Get, "/Error/404"));

        Assert.Equal(HttpStatusCode.InternalServerError, crash.StatusCode);
        Assert.Equal("Something went wrong", (await Forms.ParseAsync(crash)).Text("main h1"));
        Assert.Equal(HttpStatusCode.Redirect, direct.StatusCode);
        Assert.StartsWith("/signin", direct.Headers.Location!.PathAndQuery);
    }

    private async Task<HttpClient> SignedInMemberAsync()
    {
        var owner = await _app.CreateSignedInClientAsync();
        var team = await owner.GetPageAsync("/team");
        var added = await owner.PostFormAsync("/team", team,
            new Dictionary<string, string> { ["Email"] = MemberEmail, ["Password"] = MemberPassword }, "Add");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        return await _app.CreateSignedInClientAsync(MemberEmail, MemberPassword);
    }

    // What a browser sends when it follows a link or posts a form.
    private static HttpRequestMessage Html(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        if (method == HttpMethod.Post) request.Content = new FormUrlEncodedContent([]);
        return request;
    }

    // PressDesk as installed (Production: the exception handler, not the developer page), plus two
    // addresses that only a test has: one that crashes, one that answers a bare status like a rate limiter.
    private sealed class ProductionApp : PressDeskApp
    {
        public const string CrashPath = "/test/crash";
        public const string StatusPath = "/test/status/";
        public const string CrashMessage = "secret internals of the crash";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestEndpoints>());
        }

        private sealed class TestEndpoints : IStartupFilter
        {
            // Chosen before the app's routing (which keeps an endpoint already set), so they run inside
            // its exception handler and status code pages like any page; open to anyone.
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    var path = context.Request.Path.Value ?? "";
                    if (path.EndsWith(CrashPath, StringComparison.Ordinal))
                        context.SetEndpoint(Anonymous(_ => throw new InvalidOperationException(CrashMessage)));
                    else if (path.StartsWith(StatusPath, StringComparison.Ordinal) && int.TryParse(path[StatusPath.Length..], out var status))
                        context.SetEndpoint(Anonymous(http =>
                        {
                            http.Response.StatusCode = status;
                            http.Response.Headers.RetryAfter = "60";
                            return Task.CompletedTask;
                        }));
                    return nextMiddleware(context);
                });
                next(app);
            };

            private static Endpoint Anonymous(RequestDelegate handler) =>
                new(handler, new EndpointMetadataCollection(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute()), "test");
        }
    }
}
