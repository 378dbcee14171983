using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Bench;

public class BaselinePageOffTests : AppTest
{
    [Fact]
    public async Task The_baseline_page_does_not_exist_unless_benchmarks_are_enabled()
    {
        var response = await Client.GetAsync("/bench/baseline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public class BaselinePageOnTests() : AppTest(new Dictionary<string, string?> { ["PressDesk:Benchmarks:Enabled"] = "true" })
{
    [Fact]
    public async Task The_baseline_page_needs_a_signed_in_user()
    {
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/bench/baseline");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_baseline_page_runs_its_query_for_a_signed_in_user()
    {
        var response = await Client.GetAsync("/bench/baseline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p id=\"count\">0</p>", await response.Content.ReadAsStringAsync());
    }
}
