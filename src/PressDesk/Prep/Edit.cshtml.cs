using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Hosting;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Prep;

public sealed class EditModel(
    RequestStore requests,
    FocusStore focus,
    PrepStore preps,
    SavePrep savePrep,
    PhrasingChecker checker,
    PrepWordStore words,
    IOptionsMonitor<PrepOptions> options,
    IStringLocalizer<EditModel> localizer,
    DisplayTime displayTime,
    TimeProvider time)
    : PageModel
{
    public Request Item { get; private set; } = null!;
    public RequestPrep Prep { get; private set; } = null!;
    public IReadOnlyList<FocusArea> Areas { get; private set; } = [];
    public TriageResult Triage { get; private set; } = null!;
    public PrepOptions Target => options.CurrentValue;
    public DateTimeOffset Now => time.GetUtcNow();
    public bool Saved { get; private set; }
    public bool KeptAsDraft { get; private set; }
    private UserWords _mine = UserWords.None;

    [BindProperty]
    public List<KeyPointInput?> KeyPoints { get; set; } = [];

    [BindProperty]
    public long? FocusAreaId { get; set; }

    // Opening the prep starts it (and its timer) once; later visits find the same start.
    public async Task<IActionResult> OnGetAsync(long id, bool saved, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await preps.StartAsync(id, Triage.Area?.Id, ct);
        Prep = (await preps.GetAsync(id, ct))!;
        Saved = saved;
        FocusAreaId = Prep.FocusAreaId;
        KeyPoints = Enumerable.Range(1, RequestPrep.KeyPointCount).Select(position =>
        {
            var point = Prep.KeyPoints.FirstOrDefault(k => k.Position == position);
            return (KeyPointInput?)new KeyPointInput
            {
                Text = point?.Text,
                Phrasings = (point?.Phrasings ?? []).Select(p => (PhrasingInput?)new PhrasingInput { Text = p.Text, ReusedFrom = p.ReusedFrom?.EntryId }).ToList(),
            };
        }).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(long id, CancellationToken ct) => SaveAsync(id, ready: false, ct);

    public Task<IActionResult> OnPostReadyAsync(long id, CancellationToken ct) => SaveAsync(id, ready: true, ct);

    // Autosave, as the user types (SavePrep.AutosaveAsync says what becomes of a ready prep).
    public async Task<IActionResult> OnPostDraftAsync(long id, CancellationToken ct)
    {
        var wasReady = (await preps.GetAsync(id, ct))?.IsReady == true;
        var saved = await savePrep.AutosaveAsync(id, Posted(), Chosen(await focus.ListAsync(ct)), ct);
        if (saved is null) return NotFound();
        if (saved.Saved is not { } prep)
            return new ProblemResult(ValidationDisplay.Problem(saved.Errors, localizer["The prep has invalid fields."]));

        var at = time.GetUtcNow();
        var clock = displayTime.FormatTime(at);
        var status = wasReady && !prep.IsReady && !saved.IsValid
            ? localizer["Saved at {0} as a draft: {1}", clock, saved.Errors.Values.First()[0]]
            : localizer["Saved at {0}", clock];
        return new JsonResult(new { savedAt = at, time = clock, ready = prep.IsReady, status = status.Value });
    }

    private async Task<IActionResult> SaveAsync(long id, bool ready, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var saved = await savePrep.KeepTextAsync(id, Posted(), ready, Chosen(Areas), ct);
        if (saved is null) return NotFound();
        if (saved.IsValid)
            return ready ? Redirect($"/requests/{id}#prep") : Redirect($"/requests/{id}/prep?saved=true");

        ModelState.AddErrors(saved.Errors);
        KeptAsDraft = ready && saved.Saved is not null;
        await preps.StartAsync(id, Triage.Area?.Id, ct);
        Prep = (await preps.GetAsync(id, ct))!;
        while (KeyPoints.Count < RequestPrep.KeyPointCount) KeyPoints.Add(new KeyPointInput());
        return Page();
    }

    private List<KeyPointInput?> Posted() => KeyPoints.Take(RequestPrep.KeyPointCount).ToList();

    private AreaChoice Chosen(IReadOnlyList<FocusArea> areas) =>
        new(FocusAreaId is { } chosen && areas.Any(a => a.Id == chosen) ? chosen : null);

    // Each key point shows its phrasings and one spare box for the next.
    public IReadOnlyList<PhrasingInput> PhrasingsOf(int index)
    {
        var sent = KeyPoints.ElementAtOrDefault(index)?.Phrasings ?? [];
        return sent.Where(p => !string.IsNullOrWhiteSpace(p?.Text)).Select(p => p!).Append(new PhrasingInput()).ToList();
    }

    public PhrasingReport Check(string? text) => checker.Check(text ?? "", _mine);

    public TimeSpan Elapsed => (Prep.ReadyAt ?? Now) - Prep.StartedAt;

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var request = await requests.GetAsync(id, ct);
        if (request is null) return false;
        Item = request;
        Areas = await focus.ListAsync(ct);
        Triage = PressDesk.Prep.Triage.Of(request.Topic, request.Question, Areas);
        _mine = await words.GetAsync(ct);
        return true;
    }

    // Razor Pages handlers answer IActionResult: this runs the problem-details result the API uses.
    private sealed class ProblemResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
