using Microsoft.Extensions.Localization;

namespace PressDesk.Requests;

public abstract record RespondResult
{
    public sealed record Recorded(Request Request) : RespondResult;
    public sealed record NotFound : RespondResult;
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : RespondResult;
    public sealed record AlreadyAnswered(Request Request, string Message) : RespondResult;
}

// Recording the response (a callback, or a quick decline or referral), from the request page or the API.
public sealed class RespondToRequest(
    RequestStore store, RequestValidator validator, RequestLifecycle lifecycle, IStringLocalizer<RespondToRequest> localizer)
{
    public async Task<RespondResult> HandleAsync(long id, ResponseInput input, CancellationToken ct = default)
    {
        if (await store.GetAsync(id, ct) is not { } request) return new RespondResult.NotFound();
        var validated = validator.Validate(input, request);
        if (!validated.IsValid) return new RespondResult.Invalid(validated.Errors);

        await using var write = await lifecycle.BeginAsync(ct);
        var outcome = await write.RespondAsync(id, validated.Value!);
        await write.CommitAsync(ct);
        return outcome switch
        {
            RespondOutcome.NotFound => new RespondResult.NotFound(),
            RespondOutcome.AlreadyAnswered => new RespondResult.AlreadyAnswered(request, localizer["This request already has a response."]),
            _ => new RespondResult.Recorded((await store.GetAsync(id, ct))!),
        };
    }
}
