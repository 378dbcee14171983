using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace PressDesk.Intake.DropFolder;

// Opens a dropped file only when it is a regular file of the folder itself. A symbolic link would
// hand over a file from anywhere the PressDesk user can read; a named pipe would hold the scan (and
// all intake) until a writer came; a socket or a device is no message either. The checks are made on
// the opened descriptor, not on a name looked at before, so a file swapped for a link or a pipe after
// the folder was listed is caught all the same: O_NOFOLLOW refuses a link, O_NONBLOCK returns at once
// from a pipe, and fstat(2) says what was opened. (Windows has no pipes or devices among a folder's
// files; there a link is recognised by its attributes, just before the open.)
public static partial class DroppedFile
{
    public abstract record Opening
    {
        public sealed record Opened(FileStream Stream) : Opening;

        // Not a file to read: set aside with this reason.
        public sealed record NotAFile(IntakeProblem Problem) : Opening;
    }

    public static readonly IntakeProblem Link = new("This is a symbolic link, not a file. Links are not followed, so that nothing outside the drop folder is read; move or copy the file itself into the folder.");
    public static readonly IntakeProblem Pipe = new("This is a named pipe (FIFO), not a file, so it was not read. Write the message to a file and rename it into the folder when it is complete.");
    public static readonly IntakeProblem Special = new("This is not a regular file (a socket or a device), so it was not read.");

    // IOException when the file cannot be read yet: a writer holds it (a .NET writer, or one that
    // uses flock), or it vanished.
    public static Opening Open(string path) => OperatingSystem.IsWindows() ? OpenOnWindows(path) : OpenOnUnix(path);

    private static Opening OpenOnUnix(string path)
    {
        var fd = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NOFOLLOW | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC);
        if (fd < 0)
        {
            var errno = Stdlib.GetLastError();
            return errno switch
            {
                Errno.ELOOP => new Opening.NotAFile(Link),
                Errno.ENXIO or Errno.EOPNOTSUPP => new Opening.NotAFile(Special),   // a socket cannot be opened
                _ => throw new IOException($"{path}: {Stdlib.strerror(errno)}"),
            };
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            if (Syscall.fstat(fd, out var status) < 0) throw new IOException($"{path}: {Stdlib.strerror(Stdlib.GetLastError())}");
            var type = status.st_mode & FilePermissions.S_IFMT;
            if (type != FilePermissions.S_IFREG)
            {
                handle.Dispose();
                return new Opening.NotAFile(type == FilePermissions.S_IFIFO ? Pipe : Special);
            }
            // What FileShare.None does when .NET opens a file by name: an exclusive lock, refused while a writer holds one.
            if (flock(fd, LockExclusive | LockNonBlocking) < 0)
                throw new IOException($"{path} is held by another process.");
            return new Opening.Opened(new FileStream(handle, FileAccess.Read));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    // A symbolic link or a junction is a reparse point.
    private static Opening OpenOnWindows(string path) =>
        File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint)
            ? new Opening.NotAFile(Link)
            : new Opening.Opened(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None));

    private const int LockExclusive = 2, LockNonBlocking = 4;   // the same on Linux and macOS

    // Mono.Unix has no flock(2); its signature and constants are the same on every Unix .NET runs on.
    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int fd, int operation);
}
