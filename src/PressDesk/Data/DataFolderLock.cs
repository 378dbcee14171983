using Microsoft.Extensions.Options;

namespace PressDesk.Data;

// One PressDesk server per data folder: two would both run the workers and send every alert twice.
// An exclusive lock on <DataDirectory>/pressdesk.lock (flock on Linux), which the OS releases when
// the process ends however it ends, and this releases when the host stops. A mode with several
// nodes on a server database would not take it.
public sealed class DataFolderLock(IOptions<DataOptions> options) : IDisposable
{
    public const string FileName = "pressdesk.lock";

    private readonly Lock _gate = new();
    private FileStream? _held;

    public string DataDirectory => Path.GetFullPath(options.Value.DataDirectory);

    public string FilePath => Path.Combine(DataDirectory, FileName);

    // False when another process (or another host in this one) holds the folder.
    public bool TryHold()
    {
        lock (_gate)
        {
            if (_held is not null) return true;
            Data.DataDirectory.EnsureWritable(DataDirectory);
            try
            {
                _held = new FileStream(FilePath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _held?.Dispose();
            _held = null;
        }
    }
}
