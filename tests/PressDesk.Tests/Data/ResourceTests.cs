using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Data;

// Counts the process's file watchers, so nothing else may start apps meanwhile.
[CollectionDefinition(nameof(ResourceTests), DisableParallelization = true)]
public sealed class ResourceTestsRunAlone;

[Collection(nameof(ResourceTests))]
public class ResourceTests
{
    // Linux allows 128 inotify instances per user by default; a host that leaks its file watchers
    // breaks every later start in the same process (tests, or an app host that restarts PressDesk).
    [Fact]
    public async Task Disposing_the_app_releases_its_file_watchers()
    {
        await using (var warmUp = new PressDeskApp()) warmUp.CreateClient();
        var before = InotifyInstances();

        for (var i = 0; i < 5; i++)
        {
            await using var app = new PressDeskApp();
            app.CreateClient();
        }

        Assert.True(InotifyInstances() <= before, $"inotify instances grew from {before} to {InotifyInstances()}");
    }

    // Rendering a page starts a watcher on the web root (asp-append-version); it must end with the app.
    [Fact]
    public async Task Disposing_the_app_after_serving_a_page_releases_its_file_watchers()
    {
        await using (var warmUp = new PressDeskApp()) await warmUp.CreateClient().GetAsync("/signin");
        var before = InotifyInstances();

        for (var i = 0; i < 5; i++)
        {
            await using var app = new PressDeskApp();
            Assert.True((await app.CreateClient().GetAsync("/signin")).IsSuccessStatusCode);
        }

        Assert.True(InotifyInstances() <= before, $"inotify instances grew from {before} to {InotifyInstances()}");
    }

    private static int InotifyInstances() =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd => fd.LinkTarget?.Contains("inotify") == true);
}
