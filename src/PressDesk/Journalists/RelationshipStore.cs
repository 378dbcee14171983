using Dapper;
using Microsoft.Extensions.Options;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Journalists;

public sealed record RelationshipStory(
    Journalist Journalist,
    IReadOnlyList<RequestLine> Requests,
    IReadOnlyList<Pitch> Pitches,
    RelationshipSummary Summary);

// Everything the journalist page tells: the requests, the pitches and the summary of both.
public sealed class RelationshipStore(Database database, IOptionsMonitor<ResponseTimeOptions> responseTime, TimeProvider time)
{
    public async Task<RelationshipStory?> LoadAsync(long journalistId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var journalist = await JournalistStore.GetAsync(connection, null, journalistId);
        if (journalist is null) return null;

        var requests = (await connection.QueryAsync<RequestRow>("""
            SELECT id, topic, channel, received_at AS ReceivedAt, status, responded_at AS RespondedAt
            FROM requests WHERE journalist_id = @journalistId
            ORDER BY received_at DESC, id DESC
            """, new { journalistId })).Select(r => r.ToLine()).ToList();
        var pitches = await PitchStore.ListAsync(connection, null, journalistId);
        var publications = await PublicationsAsync(connection, journalistId);

        var summary = RelationshipSummary.From(
            requests, pitches, publications, journalist.Beat, responseTime.CurrentValue, time.GetUtcNow());
        return new RelationshipStory(journalist, requests, pitches, summary);
    }

    // Recorded publications of the journalist's requests (the interview ledger's table); null while
    // none is recorded, so the page says so instead of showing zero.
    private static async Task<PublicationTally?> PublicationsAsync(System.Data.IDbConnection connection, long journalistId)
    {
        var (published, quoted, leaks) = await connection.QuerySingleAsync<(long, long, long)>("""
            SELECT count(*), coalesce(sum(p.quoted), 0),
                   (SELECT count(*) FROM publication_leaks l JOIN requests lr ON lr.id = l.request_id WHERE lr.journalist_id = @journalistId)
            FROM publications p JOIN requests r ON r.id = p.request_id
            WHERE r.journalist_id = @journalistId AND p.published = 1
            """, new { journalistId });
        return published == 0 && leaks == 0 ? null : new PublicationTally((int)published, (int)quoted, (int)leaks);
    }

    private sealed class RequestRow
    {
        public long Id { get; init; }
        public string Topic { get; init; } = "";
        public string Channel { get; init; } = "";
        public long ReceivedAt { get; init; }
        public string Status { get; init; } = "";
        public long? RespondedAt { get; init; }

        public RequestLine ToLine() => new(
            Id, Topic,
            Channels.TryParse(Channel, out var channel) ? channel : Requests.Channel.Other,
            UnixTime.FromUnixMs(ReceivedAt),
            Enum.Parse<RequestStatus>(Status),
            UnixTime.FromUnixMs(RespondedAt));
    }
}
