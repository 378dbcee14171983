using System.Runtime.CompilerServices;

namespace PressDesk.Tests.Infrastructure;

internal static class TestEnvironment
{
    // Each app a test starts would otherwise watch its appsettings and static files with inotify;
    // Linux allows 128 inotify instances per user, shared with every other process on the machine.
    // Tests need neither: no reload of settings, and polling for the rare file watch (the
    // template-reload tests wait for it explicitly).
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
