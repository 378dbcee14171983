namespace PressDesk.Accounts;

public static class ClientAddressExtensions
{
    // The client's address as the throttle and the sign-in log see it (the proxy's view when
    // PressDesk:BehindProxy is on).
    public static string ClientAddress(this HttpContext http) =>
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
