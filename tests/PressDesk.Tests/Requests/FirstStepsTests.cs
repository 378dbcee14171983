using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

// The owner's first dashboard says what to set up first, ticks each step once it exists, and goes
// away when all are done; a member, who can set none of it up, never sees it.
public sealed class FirstStepsTests
{
    private const string MemberEmail = "press.officer@pressdesk.test";
    private const string MemberPassword = "orchard tide lantern 24";

    public sealed class OnAFreshInstall : AppTest
    {
        [Fact]
        public async Task Each_step_links_to_where_it_is_done_and_ticks_when_done()
        {
            var page = await Client.GetPageAsync("/");
            Assert.Equal(["areas", "team", "intake", "notifications"], page.QuerySelectorAll("#first-steps [data-step]").Select(s => s.GetAttribute("data-step")!));
            Assert.All(page.QuerySelectorAll("#first-steps [data-step]"), s => Assert.Equal("false", s.GetAttribute("data-done")));
            Assert.Equal("/focus", page.QuerySelector("[data-step=areas] a")!.GetAttribute("href"));
            Assert.Contains("4 steps left", page.Text("#first-steps"));

            var focus = await Client.GetPageAsync("/focus");
            Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/focus", focus,
                new Dictionary<string, string> { ["Name"] = "Energy", ["Keywords"] = "tariff, grid" }, "Save")).StatusCode);
            var team = await Client.GetPageAsync("/team");
            await Client.PostFormAsync("/team", team, new Dictionary<string, string> { ["Email"] = MemberEmail, ["Password"] = MemberPassword }, "Add");

            page = await Client.GetPageAsync("/");
            Assert.Equal("true", page.QuerySelector("[data-step=areas]")!.GetAttribute("data-done"));
            Assert.Equal("true", page.QuerySelector("[data-step=team]")!.GetAttribute("data-done"));
            Assert.Null(page.QuerySelector("[data-step=areas] a"));
            Assert.Contains("2 steps left", page.Text("#first-steps"));

            // First on a quiet dashboard; once a call waits, after it.
            Assert.NotNull(page.QuerySelector("#first-steps ~ #dashboard"));
            await Api.PostJsonAsync("/api/requests", new { journalist = new { name = "Claire Martin" }, topic = "Tarifs", channel = "phone" });
            page = await Client.GetPageAsync("/");
            Assert.NotNull(page.QuerySelector("#dashboard ~ #first-steps"));
            Assert.Single(page.QuerySelectorAll("#first-steps"));

            var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);
            Assert.Null((await member.GetPageAsync("/")).QuerySelector("#first-steps"));
        }
    }

    public sealed class WithIntakeAndAlertsConfigured() : AppTest(new Dictionary<string, string?>
    {
        ["PressDesk:Alerts:Webhook:Url"] = "http://127.0.0.1:9/hook",
        ["PressDesk:Intake:DropFolder"] = Path.Combine(Path.GetTempPath(), "pressdesk-first-steps-drop"),
    }, backgroundWorkers: false)
    {
        [Fact]
        public async Task Configured_ways_in_and_out_count_as_done()
        {
            var page = await Client.GetPageAsync("/");
            Assert.Equal("true", page.QuerySelector("[data-step=intake]")!.GetAttribute("data-done"));
            Assert.Equal("true", page.QuerySelector("[data-step=notifications]")!.GetAttribute("data-done"));
            Assert.Contains("2 steps left", page.Text("#first-steps"));
        }
    }
}
