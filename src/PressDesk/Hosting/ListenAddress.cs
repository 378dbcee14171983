namespace PressDesk.Hosting;

public static class ListenAddress
{
    public const string Default = "http://localhost:5080";

    // Where Kestrel listens is the hosting's usual business: ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS
    // (containers, systemd units), Urls in any configuration source, or Kestrel endpoints. Only when
    // none of them says anything does PressDesk take its documented default. (Shipping Urls in the
    // root appsettings.json instead silently outranked ASPNETCORE_URLS, a host-level variable.)
    public static WebApplicationBuilder AddDefaultListenAddress(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var saysWhere = !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!saysWhere) builder.WebHost.UseUrls(Default);
        return builder;
    }
}
