using Microsoft.Extensions.Localization;
using PressDesk.Push;
using PressDesk.Routing;
using PressDesk.Validation;

namespace PressDesk.Requests;

// Logging a request, whichever door it comes through: the quick-log form, the API and intake.
// A new request is routed to its spokesperson and pushed to the devices of everyone but the member
// who typed it (typedBy), in the same transaction.
public sealed class LogRequest(
    RequestValidator validator, RequestLifecycle lifecycle, AssignRequest assign, PushFanOut push, IStringLocalizer<LogRequest> localizer)
{
    public Validated<NewRequest> Validate(RequestInput input) => validator.Validate(input);

    public async Task<Validated<long>> HandleAsync(RequestInput input, long? typedBy = null, CancellationToken ct = default)
    {
        var validated = Validate(input);
        if (!validated.IsValid) return Validated.Invalid<long>(validated.Errors);

        await using var write = await lifecycle.BeginAsync(ct);
        if (await LogAsync(write, validated.Value!, typedBy) is not { } id)
            return Validated.Invalid<long>(nameof(RequestInput.JournalistId),
                localizer["No journalist has id {0}; pick another or type a name.", input.JournalistId!]);
        await write.CommitAsync(ct);
        return Validated.Valid<long>(id);
    }

    // Inside the caller's unit of work, for intake, which stores the message's identity with it.
    public async Task<long?> LogAsync(RequestWrite write, NewRequest request, long? typedBy = null)
    {
        if (await write.LogAsync(request) is not { } id) return null;
        await assign.RouteNewAsync(write, id, request.Topic, request.Question);
        await push.QueueNewRequestAsync(write.Connection, write.Transaction, id, typedBy);
        return id;
    }
}
