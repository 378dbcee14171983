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
        var publications = await PublicationsAsync(journalistId, ct);

        var summary = RelationshipSummary.From(
            requests, pitches, publications, journalist.Beat, responseTime.CurrentValue, time.GetUtcNow());
        return new RelationshipStory(journalist, requests, pitches, summary);
    }

    // The interview-ledger issue adds the publications table; its query goes here. Until then
    // nothing is recorded, and the page says so instead of showing zero.
    private static Task<PublicationTally?> PublicationsAsync(long journalistId, CancellationToken ct)
    {
        _ = (journalistId, ct);
        return Task.FromResult<PublicationTally?>(null);
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
