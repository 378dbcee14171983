using System.ComponentModel.DataAnnotations;
using PressDesk.Hosting;
using PressDesk.Journalists;

namespace PressDesk.Requests;

// A page with the request form (_RequestFields): the quick log and the edit page.
public interface IRequestFormPage
{
    RequestForm Input { get; }
    IReadOnlyList<JournalistChoice> Journalists { get; }
}

// The request form's fields. Times are typed in the display time zone, to the minute.
public sealed class RequestForm
{
    public long? JournalistId { get; set; }
    public string? JournalistName { get; set; }
    public string? Outlet { get; set; }
    public string? JournalistPhone { get; set; }
    public string? JournalistEmail { get; set; }
    public string? Topic { get; set; }
    public string? Question { get; set; }
    public string? Channel { get; set; } = nameof(PressDesk.Requests.Channel.Phone).ToLowerInvariant();
    [DataType(DataType.DateTime)]
    public DateTime? ReceivedAt { get; set; }
    [DataType(DataType.DateTime)]
    public DateTime? Deadline { get; set; }

    public static DateTime Minute(DateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0);

    public static RequestForm From(Request request, DisplayTime time) => new()
    {
        JournalistId = request.Journalist.Id,
        Topic = request.Topic,
        Question = request.Question,
        Channel = request.Channel.Name(),
        ReceivedAt = Minute(time.ToLocal(request.ReceivedAt)),
        Deadline = request.Deadline is { } d ? Minute(time.ToLocal(d)) : null,
    };

    public RequestInput ToRequestInput(DisplayTime time) => new()
    {
        JournalistId = JournalistId,
        JournalistName = JournalistName,
        Outlet = Outlet,
        JournalistPhone = JournalistPhone,
        JournalistEmail = JournalistEmail,
        Topic = Topic,
        Question = Question,
        Channel = Channel,
        ReceivedAt = ReceivedAt is { } r ? time.FromLocal(r) : null,
        Deadline = Deadline is { } d ? time.FromLocal(d) : null,
    };
}
