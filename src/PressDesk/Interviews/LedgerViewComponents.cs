using Microsoft.AspNetCore.Mvc;
using PressDesk.Requests;

namespace PressDesk.Interviews;

public sealed record LedgerSummary(Request Request, Interview? Interview, Publication? Publication);

// The request page's interview and publication.
public sealed class LedgerViewComponent(InterviewStore interviews, PublicationStore publications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Request request) =>
        View("/Interviews/Ledger.cshtml", new LedgerSummary(
            request,
            await interviews.GetAsync(request.Id),
            await publications.GetAsync(request.Id)));
}

public sealed record EarlierStatements(string Journalist, IReadOnlyList<EarlierStatement> Statements);

// The warning about what was said to this journalist before, not on the record: at the top of the
// request page and the prep page, where the call is made.
public sealed class EarlierStatementsViewComponent(LedgerQueries ledger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Request request) =>
        View("/Interviews/EarlierStatements.cshtml",
            new EarlierStatements(request.Journalist.Name, await ledger.EarlierStatementsAsync(request.Id)));
}

public sealed record JournalistLedger(IReadOnlyList<PublicationLine> Publications, IReadOnlyList<EarlierStatement> Statements);

// The journalist page's publications (leaks flagged) and what was said to them off the record.
public sealed class JournalistPublicationsViewComponent(LedgerQueries ledger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long journalistId) =>
        View("/Interviews/JournalistPublications.cshtml", new JournalistLedger(await ledger.PublicationsAsync(journalistId), await ledger.StatementsToJournalistAsync(journalistId)));
}
