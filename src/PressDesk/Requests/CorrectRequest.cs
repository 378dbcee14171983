using Microsoft.Extensions.Localization;
using PressDesk.Hosting;
using PressDesk.Validation;

namespace PressDesk.Requests;

// Correcting what was typed about a request (topic, question, journalist, channel, when the message
// was left, the deadline), with the same rules as logging it, and kept in the request's history.
public sealed class CorrectRequest(
    RequestStore store, RequestValidator validator, RequestLifecycle lifecycle, DisplayTime time, IStringLocalizer<CorrectRequest> localizer)
{
    // Null when there is no such request.
    public async Task<Validated<RequestCorrection>?> HandleAsync(long id, RequestInput input, string changedBy, CancellationToken ct = default)
    {
        if (await store.GetAsync(id, ct) is not { } request) return null;
        var validated = validator.Validate(input);
        if (!validated.IsValid) return Validated.Invalid<RequestCorrection>(validated.Errors);
        var corrected = validated.Value!;
        if (request.RespondedAt is { } respondedAt && corrected.ReceivedAt > respondedAt)
            return Validated.Invalid<RequestCorrection>(nameof(RequestInput.ReceivedAt),
                localizer["The message cannot have been left after the response ({0}).", time.Format(respondedAt)]);

        await using var write = await lifecycle.BeginAsync(ct);
        if (await write.CorrectAsync(id, corrected, changedBy) is not { } correction)
            return Validated.Invalid<RequestCorrection>(nameof(RequestInput.JournalistId),
                localizer["No journalist has id {0}; pick another or type a name.", input.JournalistId!]);
        await write.CommitAsync(ct);
        return Validated.Valid(correction);
    }
}
