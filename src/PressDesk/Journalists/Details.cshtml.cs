using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Hosting;
using PressDesk.Requests;
using PressDesk.Validation;
using PressDesk.Localization;

namespace PressDesk.Journalists;

// The story of the relationship with one journalist, and where pitches are logged.
public sealed class DetailsModel(
    RelationshipStore relationships, PitchStore pitches, PitchValidator validator, ResponseClock clock, DisplayTime time, PersonalData personalData) : PageModel
{
    public RelationshipStory Story { get; private set; } = null!;
    public PitchVerdict Guard { get; private set; } = null!;
    public PitchVerdict FollowUpGuard { get; private set; } = null!;
    // Set when the last post was stopped by the guard: what it warned about.
    public PitchVerdict? Warned { get; private set; }
    public TimeSpan Cooldown => pitches.Cooldown;
    // Erased, but a copy is still on disk (a reader holds the database): the erasure is retried.
    public bool ErasurePending { get; private set; }
    public ResponseTimeOptions ResponseTime => clock.Options;

    [BindProperty] public PitchForm Pitch { get; set; } = new();
    [BindProperty(SupportsGet = true)] public bool Logged { get; set; }
    // Set after a merge (MergeModel): what moved to this record.
    [BindProperty(SupportsGet = true)] public bool Merged { get; set; }
    [BindProperty(SupportsGet = true)] public MergeCounts Moved { get; set; } = new(0, 0, 0, 0);

    public string DisplayName => Story.Journalist.IsErased
        ? this.Localize("Erased journalist #{0}", Story.Journalist.Id)
        : Story.Journalist.Name;

    public ClockReading Read(RequestLine request) => clock.Read(request.ReceivedAt, request.RespondedAt);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Pitch.SentAt = Minute(time.ToLocal(clock.Now));
        return Page();
    }

    public async Task<IActionResult> OnPostPitchAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var validated = validator.Validate(new PitchInput
        {
            SentAt = FromForm(Pitch.SentAt),
            Channel = Pitch.Channel,
            Subject = Pitch.Subject,
            FollowUp = Pitch.FollowUp,
        });
        ModelState.AddErrors(validated.Errors, nameof(Pitch));
        if (Pitch.FollowUp && Story.Pitches.Count == 0)
            ModelState.AddModelError($"{nameof(Pitch)}.{nameof(Pitch.FollowUp)}", this.Localize("There is no earlier pitch to follow up; log it as a pitch."));
        if (!ModelState.IsValid) return Page();

        var result = await pitches.LogAsync(id, validated.Value!, Pitch.Confirm, ct);
        switch (result.Status)
        {
            case LogPitchStatus.NotFound:
                return NotFound();
            case LogPitchStatus.Logged:
                return Redirect($"/journalists/{id}?logged=true#pitches");
            case LogPitchStatus.Erased:
                ModelState.AddModelError(string.Empty, this.Localize("This journalist's data was erased; pitches cannot be logged."));
                return Page();
            default:
                // Blocked or needs confirmation: nothing was stored; the page shows why.
                Warned = result.Verdict;
                Pitch.Confirm = false;
                return Page();
        }
    }

    public async Task<IActionResult> OnPostOutcomeAsync(long id, long pitchId, PitchOutcome outcome, CancellationToken ct)
    {
        if (!Enum.IsDefined(outcome) || !await pitches.SetOutcomeAsync(id, pitchId, outcome, ct)) return NotFound();
        return Redirect($"/journalists/{id}#pitches");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var story = await relationships.LoadAsync(id, ct);
        if (story is null) return false;
        Story = story;
        ErasurePending = story.Journalist.IsErased && await personalData.IsErasurePendingAsync(id, ct);
        (Guard, FollowUpGuard) = await pitches.GuardAsync(id, ct);
        return true;
    }

    // Minute precision, as on the request form: the current minute means "now".
    private DateTimeOffset? FromForm(DateTime? local)
    {
        if (local is not { } value) return null;
        var at = time.FromLocal(value);
        var now = clock.Now;
        return at <= now && now - at < TimeSpan.FromMinutes(1) ? now : at;
    }

    private static DateTime Minute(DateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0);

    public sealed class PitchForm
    {
        [DataType(DataType.DateTime)]
        public DateTime? SentAt { get; set; }
        public string? Channel { get; set; } = PressDesk.Requests.Channel.Email.Name();
        public string? Subject { get; set; }
        public bool FollowUp { get; set; }
        public bool Confirm { get; set; }
    }
}
