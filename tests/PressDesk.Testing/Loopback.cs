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
        for (var i = 0; i < 200 && gaveUp?.Invoke() != true; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(25);
            }
        }
        return false;
    }
}
