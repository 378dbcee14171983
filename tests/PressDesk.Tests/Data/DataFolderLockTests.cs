using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Data;

// One server per data folder: a second one stops at once with a message and exit code 1, and the
// folder is free again when the first is killed (the OS drops the lock) or stopped.
public class DataFolderLockTests
{
    private static readonly string Dll = AppProcess.BuiltDll(typeof(DataFolderLockTests).Assembly);

    private static Dictionary<string, string> OwnPort() => new() { ["Urls"] = $"http://127.0.0.1:{Loopback.FreePort()}" };

    [Fact]
    public async Task A_second_process_on_the_same_data_folder_exits_with_the_message_and_a_new_one_starts_after_a_kill()
    {
        var data = PressDeskApp.NewDataDirectory();
        try
        {
            var first = await AppProcess.StartAsync(new Dictionary<string, string>(), Dll, data, keepData: true);
            AppCommand.Result second;
            try
            {
                second = await AppCommand.RunAsync(data, [], settings: OwnPort());
            }
            finally
            {
                await first.KillAsync();   // SIGKILL: no shutdown code releases anything
            }

            Assert.Equal(1, second.ExitCode);
            Assert.Contains($"Another PressDesk is already running on the data folder {data}", second.Errors);
            Assert.DoesNotContain("   at ", second.Errors);

            await using var third = await AppProcess.StartAsync(new Dictionary<string, string>(), Dll, data, keepData: true);
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{third.Url}/healthz")).StatusCode);
        }
        finally
        {
            PressDeskApp.DeleteQuietly(data);
        }
    }

    [Fact]
    public async Task A_second_app_in_one_process_is_refused_and_the_folder_is_free_once_the_first_stops()
    {
        var first = new PressDeskApp();
        try
        {
            first.CreateClient();
            using (var second = new PressDeskApp(first.DataDirectory))
            {
                var error = Assert.ThrowsAny<Exception>(() => second.CreateClient());
                Assert.Contains("Another PressDesk is already running", StartupTests.Flatten(error));
            }

            first = await first.RestartAsync();
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }
}
