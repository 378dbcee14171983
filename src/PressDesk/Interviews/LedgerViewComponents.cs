using Microsoft.AspNetCore.Mvc;
using PressDesk.Requests;

namespace PressDesk.Interviews;

public sealed record LedgerSummary(Request Request, IReadOnlyList<EarlierStatement> Earlier, Interview? Interview, Publication? Publication);

// The request page's warnings about earlier off-record statements, and its interview and publication,
// so that page needs one line for all of them.
public sealed class LedgerViewComponent(LedgerQueries ledger, InterviewStore interviews, PublicationStore publications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Request request) =>
        View("/Interviews/Ledger.cshtml", new LedgerSummary(
            request,
            await ledger.EarlierStatementsAsync(request.Id),
            await interviews.GetAsync(request.Id),
            await publications.GetAsync(request.Id)));
}

public sealed record JournalistLedger(IReadOnlyList<PublicationLine> Publications, IReadOnlyList<EarlierStatement> Statements);

// The journalist page's publications (leaks flagged) and what was said to them off the record.
public sealed class JournalistPublicationsViewComponent(LedgerQueries ledger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long journalistId) =>
        View("/Interviews/JournalistPublications.cshtml", new JournalistLedger(await ledger.PublicationsAsync(journalistId), await ledger.StatementsToJournalistAsync(journalistId)));
}
