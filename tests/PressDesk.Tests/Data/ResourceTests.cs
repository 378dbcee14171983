using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Data;

// Counts the process's file watchers, so nothing else may start apps meanwhile.
[CollectionDefinition(nameof(ResourceTests), DisableParallelization = true)]
public sealed class ResourceTestsCollection;

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

    private static int InotifyInstances() =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd => fd.LinkTarget?.Contains("inotify") == true);
}
