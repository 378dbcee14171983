using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Prep;
using PressDesk.Requests;
using PressDesk.Validation;
using PressDesk.Localization;

namespace PressDesk.Interviews;

// Records what came out of a request: the article (or that nothing was published), the prepared
// phrasings that appeared, and a leak check on the pasted text.
public sealed class PublicationModel(
    RequestStore requests, PublicationStore publications, PublicationValidator validator, PrepStore preps, TimeProvider clock,
    PressDesk.Hosting.DisplayTime displayTime) : PageModel
{
    public Request Item { get; private set; } = null!;
    public IReadOnlyList<string> PreparedPhrasings { get; private set; } = [];
    public Publication? Saved { get; private set; }
    public IReadOnlyList<string> FoundInArticle { get; private set; } = [];

    [BindProperty] public PublicationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Saved is { } p)
            Input = new PublicationInput
            {
                Published = p.Published, Title = p.Title, Url = p.Url, PublishedOn = p.PublishedOn, Quoted = p.Quoted,
                AttributionCorrect = p.AttributionCorrect is { } a ? (a ? "true" : "false") : "",
                ArticleText = p.ArticleText, Phrasings = p.PhrasingsUsed.ToList(),
            };
        else Input.PublishedOn = DateOnly.FromDateTime(displayTime.ToLocal(clock.GetUtcNow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Item.Status.WasCalledBack())
        {
            ModelState.AddModelError(string.Empty, this.Localize("Record the response first: a publication follows a callback."));
            return Page();
        }
        var validated = validator.Validate(Input, PreparedPhrasings.ToHashSet(), Item);
        ModelState.AddErrors(validated.Errors, nameof(Input));
        if (!ModelState.IsValid) return Page();
        if (SuggestFoundPhrasings(validated.Value!)) return Page();
        if (!await publications.SaveAsync(id, validated.Value!, ct)) return NotFound();
        return Redirect($"/requests/{id}/publication?saved=1");
    }

    // A phrasing is never ticked silently. When the article holds a prepared phrasing the user did not
    // tick, nothing is saved yet: the form comes back with it ticked and marked "Found in the article:
    // confirm", and saving again confirms. Input.Suggested carries what was shown, so a suggestion the
    // user unticks is respected by that second save instead of being suggested again.
    private bool SuggestFoundPhrasings(PublicationDraft draft)
    {
        if (!draft.Published || draft.ArticleText is not { } article) return false;
        var fresh = LeakDetector.Found(article, PreparedPhrasings)
            .Where(p => !Input.Phrasings.Contains(p) && !Input.Suggested.Contains(p)).ToList();
        if (fresh.Count == 0) return false;
        Input.Phrasings.AddRange(fresh);
        Input.Suggested = Input.Suggested.Where(PreparedPhrasings.Contains).Concat(fresh).Distinct().ToList();
        FoundInArticle = fresh;
        Saved = null;   // the result shown above the form would be the previous save's
        return true;
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await requests.GetAsync(id, ct) is not { } request) return false;
        Item = request;
        var prep = await preps.GetAsync(id, ct);
        PreparedPhrasings = prep?.KeyPoints.SelectMany(k => k.Phrasings).Select(p => p.Text).Distinct().ToList() ?? [];
        Saved = await publications.GetAsync(id, ct);
        return true;
    }
}
