using System.Text.RegularExpressions;
using Dapper;
using PressDesk.Data;
using PressDesk.Prep;

namespace PressDesk.Requests;

public enum ClockOutcome { Any, Waiting, Met, Late, Unanswered }

// What the requests page asks for. Null means "any".
public sealed record RequestQuery(
    string? Text = null, RequestStatus? Status = null, ClockOutcome Outcome = ClockOutcome.Any, long? JournalistId = null,
    long? OutletId = null, Channel? Channel = null, DateTimeOffset? From = null, DateTimeOffset? Before = null);

// Every request, newest first, found by words and narrowed by filters. A search word matches the
// start of a word of the topic, the question, the journalist's name or the outlet's, ignoring
// accents and case ("ener" finds "Énergie"): both sides go through Wording.Fold. Searching scans
// the requests in the date range, which is fine for a press office's tens of thousands.
public sealed partial class RequestSearch(Database database, RequestStore store, ResponseClock clock)
{
    public async Task<(IReadOnlyList<Request> Items, bool HasMore)> FindAsync(RequestQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        connection.CreateFunction<string?, string?>("search_text", SearchText, isDeterministic: true);

        var where = new List<string>();
        var args = new DynamicParameters();
        var words = query.Text is null ? [] : SearchText(query.Text)!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            where.Add($"search_text(r.topic || ' ' || r.question || ' ' || j.name || ' ' || coalesce(o.name, '')) LIKE @w{i} ESCAPE '~'");
            args.Add($"w{i}", "% " + words[i].Replace("~", "~~").Replace("%", "~%").Replace("_", "~_") + "%");
        }
        if (query.Status is { } status) { where.Add("r.status = @status"); args.Add("status", status.ToString()); }
        if (query.JournalistId is { } journalist) { where.Add("r.journalist_id = @journalist"); args.Add("journalist", journalist); }
        if (query.OutletId is { } outlet) { where.Add("j.outlet_id = @outlet"); args.Add("outlet", outlet); }
        if (query.Channel is { } channel) { where.Add("r.channel = @channel"); args.Add("channel", channel.Name()); }
        if (query.From is { } from) { where.Add("r.received_at >= @from"); args.Add("from", from.ToUnixMs()); }
        if (query.Before is { } before) { where.Add("r.received_at < @before"); args.Add("before", before.ToUnixMs()); }
        args.Add("targetMs", (long)clock.Options.Target.TotalMilliseconds);
        args.Add("now", clock.Now.ToUnixMs());
        where.Add(query.Outcome switch
        {
            ClockOutcome.Waiting => RequestStatuses.OpenSql,
            ClockOutcome.Met => "r.responded_at IS NOT NULL AND r.responded_at - r.received_at <= @targetMs",
            ClockOutcome.Late => "r.responded_at IS NOT NULL AND r.responded_at - r.received_at > @targetMs",
            ClockOutcome.Unanswered => "r.responded_at IS NULL AND r.received_at + @targetMs <= @now",
            _ => "1 = 1",
        });
        args.Add("take", pageSize + 1);
        args.Add("skip", (page - 1) * pageSize);

        var ids = (await connection.QueryAsync<long>($"""
            SELECT r.id FROM requests r
            JOIN journalists j ON j.id = r.journalist_id
            LEFT JOIN outlets o ON o.id = j.outlet_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY r.received_at DESC, r.id DESC
            LIMIT @take OFFSET @skip
            """, args)).ToList();
        return (await store.GetManyAsync(ids.Take(pageSize).ToList(), ct), ids.Count > pageSize);
    }

    // " word word": folded, with every run of what is not a letter or a digit made one space, and a
    // space first, so a word's start is always " " + its first letters.
    private static string? SearchText(string? text) =>
        text is null ? null : " " + NotWordCharacters().Replace(Wording.Fold(text), " ");

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWordCharacters();
}
