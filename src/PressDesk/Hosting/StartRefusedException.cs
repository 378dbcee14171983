namespace PressDesk.Hosting;

// A start that cannot go on for a reason the operator can fix (an unwritable or damaged data
// folder, a second server on it). Its message says what is wrong and what to do; a process prints
// only that message, not a stack trace, and exits with code 1.
public sealed class StartRefusedException(string message, Exception? inner = null) : Exception(message, inner)
{
    private static int _hooked;

    // In a test factory the entry point runs on a thread whose exceptions the factory catches, so
    // this only ever ends a real process.
    public static void PrintInsteadOfStackTrace()
    {
        if (Interlocked.Exchange(ref _hooked, 1) == 1) return;
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is not StartRefusedException refused) return;
            Console.Error.WriteLine(refused.Message);
            Environment.Exit(1);
        };
    }
}
