using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Prep;

// Saving a prep's three key points and their phrasings, from the prep page or the API. A prep
// saved before it was opened starts with the area the triage suggests.
public sealed class SavePrep(RequestStore requests, FocusStore focus, PrepStore preps, PrepValidator validator)
{
    // Null when there is no such request. area is the page's explicit choice; null keeps the prep's area.
    public async Task<Validated<RequestPrep>?> HandleAsync(
        long requestId, IReadOnlyList<KeyPointInput?> points, bool ready, bool blankIsUnused, AreaChoice? area = null,
        CancellationToken ct = default)
    {
        if (await requests.GetAsync(requestId, ct) is not { } request) return null;
        var validated = validator.Validate(points, ready, blankIsUnused);
        if (!validated.IsValid) return Validated.Invalid<RequestPrep>(validated.Errors);
        return await StoreAsync(request, validated.Value!, area, ct) is { } saved ? Validated.Valid(saved) : null;
    }

    // The prep page never loses what was typed: when only the ready rules (three key points, a
    // phrasing each) refuse a ready prep, the text is stored as a draft and the refusal comes back
    // beside it. Text that is invalid in itself (too long...) stores nothing. Blank boxes are unused.
    public async Task<PrepSave?> KeepTextAsync(
        long requestId, IReadOnlyList<KeyPointInput?> points, bool ready, AreaChoice? area = null, CancellationToken ct = default)
    {
        if (await requests.GetAsync(requestId, ct) is not { } request) return null;
        var validated = validator.Validate(points, ready, blankIsUnused: true);
        var stored = validated.IsValid || !ready ? validated : validator.Validate(points, ready: false, blankIsUnused: true);
        if (!stored.IsValid) return new PrepSave(null, validated.Errors);
        return await StoreAsync(request, stored.Value!, area, ct) is { } saved ? new PrepSave(saved, validated.Errors) : null;
    }

    // Autosave never demotes a ready prep for nothing: text that passes the ready rules keeps the
    // ready mark as it stands when the save commits (so it cannot undo a Mark ready that lands just
    // before it); text that does not is stored as a draft, with the ready rules' errors to say why.
    public async Task<PrepSave?> AutosaveAsync(
        long requestId, IReadOnlyList<KeyPointInput?> points, AreaChoice? area = null, CancellationToken ct = default)
    {
        if (await requests.GetAsync(requestId, ct) is not { } request) return null;
        var asReady = validator.Validate(points, ready: true, blankIsUnused: true);
        if (asReady.IsValid)
            return await StoreAsync(request, asReady.Value! with { Ready = false, KeepReady = true }, area, ct) is { } kept
                ? new PrepSave(kept, asReady.Errors)
                : null;
        var asDraft = validator.Validate(points, ready: false, blankIsUnused: true);
        if (!asDraft.IsValid) return new PrepSave(null, asDraft.Errors);
        return await StoreAsync(request, asDraft.Value!, area, ct) is { } saved ? new PrepSave(saved, asReady.Errors) : null;
    }

    private async Task<RequestPrep?> StoreAsync(Request request, PrepDraft draft, AreaChoice? area, CancellationToken ct)
    {
        var triage = Triage.Of(request.Topic, request.Question, await focus.ListAsync(ct));
        if (!await preps.SaveAsync(request.Id, draft, triage.Area?.Id, area, ct)) return null;
        return await preps.GetAsync(request.Id, ct);
    }
}

// What a save from the prep page did: Saved is the prep as stored (null when nothing was), Errors
// the problems found. A ready mark refused only by the ready rules has both: the draft and why.
public sealed record PrepSave(RequestPrep? Saved, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
