using PressDesk.Testing.Crash;
using Xunit.Abstractions;

namespace PressDesk.Tests.Reliability;

// CI size: a few kills. Full size on demand: PRESSDESK_CRASH_KILLS=100 (or the Benchmarks console:
// dotnet run -c Release --project tests/PressDesk.Benchmarks -- crash --kills 100).
public class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killed_at_random_moments_PressDesk_loses_nothing_acknowledged_and_sends_no_alert_twice()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("PRESSDESK_CRASH_KILLS"), out var k) ? k : 5;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PRESSDESK_CRASH_SEED"), out var s) ? s : 20261128;
        var log = new StringWriter();

        var report = await CrashRun.RunAsync(AppProcess.BuiltDll(typeof(CrashTests).Assembly), kills, seed, log);

        output.WriteLine(log.ToString());
        output.WriteLine(report.ToString());
        Assert.True(report.RequestsAcknowledged > 0, "The load never got a request through.");
        Assert.True(report.AlertIdsReceived > 0, "No alert reached the receiver: the run did not exercise delivery.");
        Assert.Empty(report.MissingRequests);
        Assert.Empty(report.DuplicateRequests);
        Assert.Empty(report.MissingResponses);
        Assert.Empty(report.DuplicateAlertIds);
        Assert.Empty(report.DeliveredButUnseen);
        Assert.True(report.FilesDistinct > 0 && report.FilesCopies > 0 && report.FilesInvalid > 0,
            "The load did not drop distinct, copied and invalid files.");
        Assert.Empty(report.MissingIdentities);
        Assert.Empty(report.UnexpectedIdentities);
        Assert.Empty(report.FileRequestsNotOnce);
        Assert.Empty(report.FilesLeft);
        Assert.Empty(report.FilesLost);
        Assert.Empty(report.FilesMisfiled);
        Assert.Equal("ok", report.Integrity);
    }
}
