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

        var triage = Triage.Of(request.Topic, request.Question, await focus.ListAsync(ct));
        if (!await preps.SaveAsync(requestId, validated.Value!, triage.Area?.Id, area, ct)) return null;
        return Validated.Valid<RequestPrep>((await preps.GetAsync(requestId, ct))!);
    }
}
