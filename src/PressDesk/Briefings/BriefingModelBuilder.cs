using System.Globalization;
using Microsoft.Extensions.Localization;
using PressDesk.Hosting;
using PressDesk.Interviews;
using PressDesk.Journalists;
using PressDesk.Prep;
using PressDesk.Requests;
using PressDesk.Validation;
using static PressDesk.Briefings.MarkdownText;

namespace PressDesk.Briefings;

// Gathers one request's briefing model from the stores; each source is one line below.
public sealed class BriefingModelBuilder(
    RequestStore requests,
    JournalistStore journalists,
    OutletStore outlets,
    PrepStore preps,
    RelationshipStore relationships,
    LedgerQueries ledger,
    ResponseClock clock,
    DisplayTime time,
    IStringLocalizer<BriefingModelBuilder> localizer)
{
    // Without includeSealed the model has no warnings at all: what was said not on the record is
    // what a reader without the right to it must not learn, even that it exists.
    public async Task<BriefingModel?> BuildAsync(long requestId, Uri publicUrl, bool includeSealed, CancellationToken ct = default)
    {
        var request = await requests.GetAsync(requestId, ct);
        if (request is null) return null;
        var journalist = await journalists.GetAsync(request.Journalist.Id, ct);
        var outlet = journalist?.OutletId is { } outletId ? await outlets.GetAsync(outletId, ct) : null;
        var prep = await preps.GetAsync(requestId, ct);
        var story = await relationships.LoadAsync(request.Journalist.Id, ct);
        var publications = await PublicationsAsync(request.Journalist.Id, ct);
        var warnings = includeSealed ? await WarningsAsync(requestId, ct) : [];

        var now = clock.Now;
        var reading = clock.Read(request.ReceivedAt, request.RespondedAt);
        var earlier = story?.Requests.Where(r => r.Id != requestId && r.ReceivedAt <= request.ReceivedAt).ToList() ?? [];
        var earlierTimes = earlier.Where(r => r.RespondedAt is not null).Select(r => r.RespondedAt!.Value - r.ReceivedAt).Order().ToList();

        return new BriefingModel(
            new BriefingRequest(
                request.Id,
                Escape(request.Topic),
                Escape(request.Question),
                localizer[request.Channel.Label()],
                localizer[request.Status.Label()],
                time.Format(request.ReceivedAt),
                request.Deadline is { } deadline ? time.Format(deadline) : null,
                request.Deadline is { } d && d > now ? DurationText.Format(d - now) : null,
                request.Deadline is { } passed && passed <= now,
                new Uri(publicUrl, $"requests/{request.Id}").ToString()),
            new BriefingJournalist(request.Journalist.Id, Escape(request.Journalist.Name), EscapeOrNull(journalist?.Beat),
                EscapeOrNull(request.Journalist.Phone), PhoneNumber.TelUri(request.Journalist.Phone)),
            outlet is null
                ? request.Journalist.Outlet is { } name ? new BriefingOutlet(Escape(name), localizer[ReviewNorm.QuotesOnly.Label()], nameof(ReviewNorm.QuotesOnly)) : null
                : new BriefingOutlet(Escape(outlet.Name), localizer[outlet.ReviewNorm.Label()], outlet.ReviewNorm.ToString()),
            Clock(reading, now),
            prep is null ? null : new BriefingPrep(prep.IsReady, EscapeOrNull(prep.FocusAreaName)),
            prep?.KeyPoints.Select(k => new BriefingKeyPoint(k.Position, Escape(k.Text), k.Phrasings.Select(p => Escape(p.Text)).ToList())).ToList() ?? [],
            new BriefingHistory(
                earlier.Select(r => PastRequest(r, now)).ToList(),
                publications,
                earlierTimes.Count,
                ResponseSummary.Median(earlierTimes) is { } median ? DurationText.Format(median) : null),
            warnings,
            Rules(outlet?.ReviewNorm ?? ReviewNorm.QuotesOnly),
            time.Format(now));
    }

    // The journalist's published articles, newest first. Only web links make it into the sheet.
    private async Task<IReadOnlyList<BriefingPublication>> PublicationsAsync(long journalistId, CancellationToken ct) =>
        (await ledger.PublicationsAsync(journalistId, ct))
            .Where(p => p.Published)
            .Select(p => new BriefingPublication(
                Escape(p.Title ?? p.RequestTopic),
                Uri.TryCreate(p.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.ToString() : null,
                p.PublishedOn?.ToString("d MMM yyyy", CultureInfo.CurrentCulture) ?? "",
                p.Quoted,
                p.PhrasingsUsed.Select(Escape).ToList()))
            .ToList();

    // What was said to this journalist before, not on the record, newest first.
    private async Task<IReadOnlyList<BriefingWarning>> WarningsAsync(long requestId, CancellationToken ct) =>
        (await ledger.EarlierStatementsAsync(requestId, ct))
            .Reverse()
            .Select(e => new BriefingWarning(
                time.Format(e.SaidAt),
                localizer[e.Level.Label()],
                e.Text is { } text ? Escape(text)
                    : e.Unreadable ? localizer["(unreadable: the key that encrypted it is lost)"] : localizer["(erased)"],
                !e.WithoutAgreement,
                Escape(e.RequestTopic),
                localizer[e.Agreement.Label()]))
            .ToList();

    private BriefingClock Clock(ClockReading reading, DateTimeOffset now) => new(
        reading.State.ToString(),
        reading.State switch
        {
            ClockState.Met => localizer["answered in {0}, within target", DurationText.Format(reading.ResponseTime!.Value)],
            ClockState.Late => localizer["answered in {0}, after target", DurationText.Format(reading.ResponseTime!.Value)],
            ClockState.Overdue => localizer["overdue by {0}", DurationText.Format(now - reading.DueAt)],
            ClockState.Warning => localizer["call back now: {0} left", DurationText.Format(reading.DueAt - now)],
            _ => localizer["{0} left", DurationText.Format(reading.DueAt - now)],
        },
        time.FormatTime(reading.WarnAt),
        time.FormatTime(reading.DueAt),
        reading.ResponseTime is { } responseTime ? DurationText.Format(responseTime) : null);

    private BriefingPastRequest PastRequest(RequestLine line, DateTimeOffset now)
    {
        var reading = ResponseClock.Evaluate(line.ReceivedAt, line.RespondedAt, clock.Options, now);
        return new BriefingPastRequest(
            Escape(line.Topic),
            time.Format(line.ReceivedAt),
            localizer[line.Status.Label()],
            reading.ResponseTime is { } t ? DurationText.Format(t) : null,
            reading.State switch
            {
                ClockState.Met => localizer["within target"],
                ClockState.Late => localizer["after target"],
                ClockState.Overdue => localizer["unanswered"],
                _ => localizer["waiting"],
            });
    }

    private IReadOnlyList<string> Rules(ReviewNorm norm) =>
    [
        localizer["Stay on the record. Avoid \"off\"; if something slips out, ask explicitly that it not be used, and note whether the journalist agreed."],
        norm switch
        {
            ReviewNorm.NoReview => localizer["This outlet does not let sources re-read anything: choose your words on the call."],
            ReviewNorm.QaAnswersAllowed => localizer["You may offer to re-read your quotes; for a Q&A interview, re-reading the answers can be agreed."],
            _ => localizer["You may offer to re-read only your own quotes."],
        },
        localizer["Never ask to see the article before publication."],
    ];
}
