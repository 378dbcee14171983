namespace PressDesk.Hosting;

public sealed class SiteOptions
{
    // Where people open PressDesk; alerts link to requests under it.
    public Uri PublicUrl { get; set; } = new("http://localhost:5080");

    public string LinkTo(string path) => new Uri(PublicUrl, path).ToString();
}
