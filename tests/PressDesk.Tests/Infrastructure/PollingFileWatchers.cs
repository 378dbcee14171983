using System.Runtime.CompilerServices;

namespace PressDesk.Tests.Infrastructure;

// Every app a test starts watches its appsettings files, and the framework never disposes the
// watcher that AddJsonFile creates, so each test app keeps one inotify instance until the test
// process ends. Linux allows 128 per user (shared with anything else running as that user), which
// a full run exceeds. Polling watchers use no inotify instance; tests never edit settings files.
internal static class PollingFileWatchers
{
    [ModuleInitializer]
    internal static void Use() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
