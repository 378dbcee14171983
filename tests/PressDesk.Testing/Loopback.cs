using System.Net;
using System.Net.Sockets;

namespace PressDesk.Testing;

// Ports on 127.0.0.1 for the real servers the tests start (SMTP, IMAP).
public static class Loopback
{
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    // True once something accepts connections on the port; false after about 5 s or when gaveUp says so.
    public static async Task<bool> WaitUntilListeningAsync(int port, Func<bool>? gaveUp = null)
    {
        var listening = false;
        try
        {
            await Eventually.UntilAsync(async () => gaveUp?.Invoke() == true || (listening = await AcceptsAsync(port)),
                $"127.0.0.1:{port} accepts connections", TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
        }
        return listening;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
