namespace PressDesk.Data;

// Creates the data folder and proves it is writable before anything else touches it,
// so a bad PressDesk:DataDirectory stops the app with a message naming the path.
public static class DataDirectory
{
    public static void EnsureWritable(string directory)
    {
        var path = Path.GetFullPath(directory);
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InvalidOperationException(
                $"PressDesk:DataDirectory '{path}' cannot be created or written: {e.Message} " +
                "Point PressDesk:DataDirectory at a folder this user can write.", e);
        }
    }
}
