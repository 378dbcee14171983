namespace PressDesk.Briefings;

// What a briefing template sees, as plain values (README: "Briefing sheets" lists the fields as
// templates name them, in snake_case). Every third-party string is already escaped for Markdown
// and every time is already written out in the display time zone, so a template author needs no
// C# and cannot forget to escape. An empty list or a null means "no data": templates show a part
// only when its data exists.
public sealed record BriefingModel(
    BriefingRequest Request,
    BriefingJournalist Journalist,
    BriefingOutlet? Outlet,
    BriefingClock Clock,
    BriefingPrep? Prep,
    IReadOnlyList<BriefingKeyPoint> KeyPoints,
    BriefingHistory History,
    IReadOnlyList<BriefingWarning> Warnings,
    IReadOnlyList<string> Rules,
    string GeneratedAt);

public sealed record BriefingRequest(
    long Id, string Topic, string Question, string Channel, string Status,
    string ReceivedAt, string? Deadline, string? TimeLeft, bool DeadlinePassed, string Link);

// Phone as typed (escaped) and PhoneLink, the tel: link that dials it; both null without a number.
public sealed record BriefingJournalist(long Id, string Name, string? Beat, string? Phone = null, string? PhoneLink = null);

public sealed record BriefingOutlet(string Name, string ReviewNorm, string ReviewNormCode);

public sealed record BriefingClock(string State, string Label, string WarnFrom, string RespondBy, string? ResponseTime);

public sealed record BriefingPrep(bool Ready, string? Area);

public sealed record BriefingKeyPoint(int Number, string Text, IReadOnlyList<string> Phrasings);

public sealed record BriefingHistory(
    IReadOnlyList<BriefingPastRequest> Requests,
    IReadOnlyList<BriefingPublication> Publications,
    int Answered, string? MedianResponseTime);

public sealed record BriefingPastRequest(string Topic, string ReceivedAt, string Status, string? ResponseTime, string Clock);

// Filled by the interview ledger (issue 6) once it is merged.
public sealed record BriefingPublication(string Title, string? Url, string PublishedOn, bool Quoted, IReadOnlyList<string> PhrasingsUsed);

// Earlier off-the-record or background statements to this journalist; filled by the ledger too.
// Agreement says what was recorded about the journalist's agreement, in words (agreed, did not agree, not asked).
public sealed record BriefingWarning(string SaidOn, string Level, string Statement, bool Agreed, string Topic, string? Agreement = null);
