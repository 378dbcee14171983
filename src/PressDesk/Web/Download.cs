using System.Text;

namespace PressDesk.Web;

// Every file PressDesk hands over (the journalists' CSV, a vCard, a personal-data export, a
// briefing sheet) is served this one way: an endpoint returning Download.File, so the browser
// saves it under a name that says what it is, with its type and charset.
public static class Download
{
    public static IResult File(byte[] content, string contentType, string fileName) =>
        Results.File(content, contentType, fileName);

    public static IResult Text(string content, string contentType, string fileName) =>
        File(Encoding.UTF8.GetBytes(content), contentType, fileName);
}
