using System.Data;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using PressDesk.Requests;

namespace PressDesk.Calendar;

public static class EventKinds
{
    public const string Deadline = "deadline";
    public const string Callback = "callback";
    public const string Interview = "interview";
}

// One event as the data has it now (a class, for Dapper: not every query has every column). Times are UTC Unix milliseconds, as stored.
public sealed class FeedEvent
{
    public string Kind { get; set; } = "";
    public long Id { get; set; }
    public long RequestId { get; set; }
    public long StartsAt { get; set; }
    public long EndsAt { get; set; }
    public string Journalist { get; set; } = "";
    public string? Outlet { get; set; }
    public string Topic { get; set; } = "";
    public string? Phone { get; set; }
    public string? Assignee { get; set; }
    public string? Note { get; set; }

    // Stable whatever else changes: the kind and the row it comes from, never the token.
    public string Uid => $"{Kind}-{Id}@pressdesk";

    // What the event says, without the language or the address it is rendered with, so two feeds
    // (a member's in French, the owner's team feed in English) agree and nothing bumps the
    // SEQUENCE but a change of the event itself.
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
        Kind, RequestId, StartsAt, EndsAt, Journalist, Outlet, Topic, Phone, Assignee, Note))));
}

// What belongs in a feed now: for a member, the journalist deadlines of their open requests, their
// callbacks and the interviews of their requests; for the team feed, everyone's. Events that
// started more than Keep ago are left out (and so are not cancelled, only forgotten).
public static class FeedEvents
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(30);
    private static readonly TimeSpan CallbackLength = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan InterviewLength = TimeSpan.FromMinutes(30);

    private const string Request = """
        j.name AS Journalist, o.name AS Outlet, r.topic AS Topic, j.phone AS Phone,
        coalesce(a.display_name, a.email) AS Assignee
        FROM requests r
        JOIN journalists j ON j.id = r.journalist_id
        LEFT JOIN outlets o ON o.id = j.outlet_id
        """;

    public static async Task<IReadOnlyList<FeedEvent>> LoadAsync(
        IDbConnection connection, IDbTransaction tx, long userId, bool team, long horizon)
    {
        var args = new { userId, team, horizon, callbackMs = (long)CallbackLength.TotalMilliseconds, interviewMs = (long)InterviewLength.TotalMilliseconds };
        var deadlines = await connection.QueryAsync<FeedEvent>($"""
            SELECT 'deadline' AS Kind, r.id AS Id, r.id AS RequestId, r.deadline AS StartsAt, r.deadline AS EndsAt,
                {Request}
                LEFT JOIN users a ON a.id = r.assigned_to
            WHERE r.deadline IS NOT NULL AND r.deadline >= @horizon AND {RequestStatuses.OpenSql}
              AND (@team OR r.assigned_to = @userId)
            """, args, tx);
        // A done callback stays (it happened); a cancelled one leaves the feed, which cancels it there.
        var callbacks = await connection.QueryAsync<FeedEvent>($"""
            SELECT 'callback' AS Kind, c.id AS Id, r.id AS RequestId, c.due_at AS StartsAt, c.due_at + @callbackMs AS EndsAt,
                j.name AS Journalist, o.name AS Outlet, r.topic AS Topic, j.phone AS Phone,
                coalesce(a.display_name, a.email) AS Assignee, c.note AS Note
            FROM scheduled_callbacks c
            JOIN requests r ON r.id = c.request_id
            JOIN journalists j ON j.id = r.journalist_id
            LEFT JOIN outlets o ON o.id = j.outlet_id
            LEFT JOIN users a ON a.id = c.user_id
            WHERE c.state IN ('scheduled', 'done') AND c.due_at >= @horizon
              AND (@team OR c.user_id = @userId)
            """, args, tx);
        var interviews = await connection.QueryAsync<FeedEvent>($"""
            SELECT 'interview' AS Kind, r.id AS Id, r.id AS RequestId, i.held_at AS StartsAt,
                i.held_at + coalesce(i.duration_seconds * 1000, @interviewMs) AS EndsAt,
                {Request}
                JOIN interviews i ON i.request_id = r.id
                LEFT JOIN users a ON a.id = r.assigned_to
            WHERE i.held_at >= @horizon AND (@team OR r.assigned_to = @userId)
            """, args, tx);
        return [.. deadlines, .. callbacks, .. interviews];
    }
}
