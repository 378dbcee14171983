using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Hosting;
using PressDesk.Requests;
using PressDesk.Validation;
using PressDesk.Localization;

namespace PressDesk.Interviews;

// Records the interview of one request: format, time, duration, notes and the statements.
public sealed class InterviewModel(
    RequestStore requests, InterviewStore interviews, InterviewValidator validator, DisplayTime time, TimeProvider clock) : PageModel
{
    // Without JavaScript the only way to another statement is a save, so one empty block always follows.
    public const int BlankRows = 1;

    public Request Item { get; private set; } = null!;

    [BindProperty] public string? Format { get; set; }
    [BindProperty] public DateTime? HeldAt { get; set; }
    [BindProperty] public int? DurationMinutes { get; set; }
    [BindProperty] public string? Notes { get; set; }
    public bool NotesUnreadable { get; private set; }
    [BindProperty] public List<StatementForm> Statements { get; set; } = [];

    public sealed class StatementForm
    {
        public string? Text { get; set; }
        public string? Level { get; set; }
        public bool IsQuote { get; set; }
        public bool QuoteConfirmed { get; set; }
        public string? Agreement { get; set; }
        public DateTime? AgreedAt { get; set; }
        public string? AgreementHow { get; set; }
        public bool Unreadable { get; set; }
    }

    // One block of the form; the template's "__i__" index is renumbered by interview.js.
    public sealed record StatementBlock(string Index, int Number, StatementForm Form)
    {
        public static StatementBlock Template { get; } = new("__i__", 0, new StatementForm { Level = nameof(AttributionLevel.OnRecord) });
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await requests.GetAsync(id, ct) is not { } request) return NotFound();
        Item = request;
        if (await interviews.GetAsync(id, ct) is { } interview)
        {
            Format = interview.Format.ToString();
            HeldAt = Minute(time.ToLocal(interview.HeldAt));
            DurationMinutes = interview.Duration is { } d ? (int)d.TotalMinutes : null;
            Notes = interview.Notes;
            NotesUnreadable = interview.NotesUnreadable;
            Statements = interview.Statements.Select(s => new StatementForm
            {
                // A saved quote that is not on the record was confirmed when it was saved.
                Text = s.Text, Level = s.Level.ToString(), IsQuote = s.IsQuote, QuoteConfirmed = s.IsQuote && !s.IsOnRecord, Agreement = s.Agreement?.ToString(),
                AgreedAt = s.AgreedAt is { } at ? Minute(time.ToLocal(at)) : null, AgreementHow = s.AgreementHow, Unreadable = s.Unreadable,
            }).ToList();
        }
        else
        {
            Format = nameof(InterviewFormat.Conversation);
            HeldAt = Minute(time.ToLocal(clock.GetUtcNow()));
        }
        AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await requests.GetAsync(id, ct) is not { } request) return NotFound();
        Item = request;
        // An unreadable statement's box is empty: dropping it would lose it, so it is refused instead.
        if (Statements.Any(s => s.Unreadable))
            ModelState.AddModelError(string.Empty, this.Localize("Some statements are unreadable (their key is lost); they cannot be saved again from this page."));
        var input = new InterviewInput
        {
            Format = Format, HeldAt = FromForm(HeldAt), DurationMinutes = DurationMinutes, Notes = Notes,
            Statements = Statements.Select(s => new StatementInput
            {
                Text = s.Text, Level = s.Level, IsQuote = s.IsQuote, QuoteConfirmed = s.QuoteConfirmed, Agreement = s.Agreement, AgreedAt = FromForm(s.AgreedAt), AgreementHow = s.AgreementHow,
            }).ToList(),
        };
        var validated = validator.Validate(input, request);
        ModelState.AddErrors(validated.Errors);
        if (!ModelState.IsValid)
        {
            AddBlankRows();
            return Page();
        }

        var outcome = await interviews.SaveAsync(id, validated.Value!, ct);
        if (outcome == SaveInterviewOutcome.NotFound) return NotFound();
        if (outcome == SaveInterviewOutcome.NotAnswered)
        {
            ModelState.AddModelError(string.Empty, this.Localize("Record the response first: an interview follows a callback."));
            return Page();
        }
        return Redirect($"/requests/{id}/interview?saved=1");
    }

    private void AddBlankRows()
    {
        for (var i = 0; i < BlankRows; i++) Statements.Add(new StatementForm { Level = nameof(AttributionLevel.OnRecord) });
    }

    // The form has minute precision; the current minute means now.
    private DateTimeOffset? FromForm(DateTime? local)
    {
        if (local is not { } value) return null;
        var at = time.FromLocal(value);
        var now = clock.GetUtcNow();
        return at <= now && now - at < TimeSpan.FromMinutes(1) ? now : at;
    }

    private static DateTime Minute(DateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0);
}
