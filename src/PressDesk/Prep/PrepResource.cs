namespace PressDesk.Prep;

// The JSON shape of a prep in the API. Phrasings are plain strings, as PUT takes them;
// reused lists the phrasings that started from the library (positions count from 1).
public sealed record PrepResource(
    bool Ready,
    DateTimeOffset StartedAt,
    DateTimeOffset? ReadyAt,
    long? DurationSeconds,
    FocusAreaResource? Area,
    IReadOnlyList<KeyPointResource> KeyPoints,
    IReadOnlyList<ReuseResource> Reused)
{
    public static PrepResource? From(RequestPrep? prep) => prep is null ? null : new(
        prep.IsReady,
        prep.StartedAt,
        prep.ReadyAt,
        prep.Duration is { } d ? (long)d.TotalSeconds : null,
        prep.FocusAreaId is { } id ? new FocusAreaResource(id, prep.FocusAreaName!) : null,
        prep.KeyPoints.Select(k => new KeyPointResource(k.Position, k.Text, k.Phrasings.Select(p => p.Text).ToList())).ToList(),
        prep.KeyPoints.SelectMany(k => k.Phrasings.Select((p, i) => (k.Position, Index: i + 1, p.ReusedFrom)))
            .Where(x => x.ReusedFrom is not null)
            .Select(x => new ReuseResource(x.Position, x.Index, x.ReusedFrom!.EntryId, x.ReusedFrom.RequestId))
            .ToList());
}

public sealed record FocusAreaResource(long Id, string Name);

public sealed record KeyPointResource(int Position, string Text, IReadOnlyList<string> Phrasings);

public sealed record ReuseResource(int KeyPoint, int Phrasing, long LibraryEntryId, long FromRequestId);

// PUT /api/requests/{id}/prep
public sealed record PrepBody(List<KeyPointBody?>? KeyPoints, bool? Ready);

public sealed record KeyPointBody(string? Text, List<string?>? Phrasings);

// POST /prep/check, from the prep page's script.
public sealed record CheckBody(string? Text);
