using PressDesk.Hosting;

namespace PressDesk.Data;

// Creates the data folder and proves it is writable before anything else touches it,
// so a bad PressDesk:DataDirectory stops the app with a message naming the path.
public static class DataDirectory
{
    public static void EnsureWritable(string directory)
    {
        var path = Path.GetFullPath(directory);
        if (WriteProblem(path) is { } problem)
            throw new StartRefusedException(
                $"PressDesk:DataDirectory '{path}' cannot be created or written: {problem.Message} " +
                "Point PressDesk:DataDirectory at a folder this user can write.", problem);
    }

    // Null when the folder exists (or could be created) and a file can be written in it.
    public static Exception? WriteProblem(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return e;
        }
    }
}
