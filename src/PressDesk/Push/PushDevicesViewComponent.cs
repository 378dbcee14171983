using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace PressDesk.Push;

public sealed record PushDevicesModel(
    bool Enabled, IReadOnlyList<PushDevice> Devices, IReadOnlySet<string> MutedKinds, IReadOnlyList<string> KnownEndpoints, string ReturnUrl);

// "Turn on notifications on this device", the user's devices (rename, revoke) and the kinds they
// get: on the dashboard and on the account settings page.
public sealed class PushDevicesViewComponent(PushSubscriptions subscriptions, IOptionsMonitor<PushOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = long.Parse(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var devices = await subscriptions.DevicesAsync(userId, HttpContext.RequestAborted);
        var returnUrl = HttpContext.Request.Path + HttpContext.Request.QueryString;
        return View("/Push/Devices.cshtml", new PushDevicesModel(
            options.CurrentValue.Enabled, devices, await subscriptions.MutedKindsAsync(userId, HttpContext.RequestAborted),
            devices.Select(d => EndpointHash(d.Endpoint)).ToList(), returnUrl));
    }

    // push.js tells whether this browser's subscription is one of the user's devices without the
    // page carrying the endpoints themselves (each is a capability to push to that device).
    public static string EndpointHash(string endpoint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(endpoint)));
}
