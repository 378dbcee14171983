using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Requests;

// Logging a request, whichever door it comes through: the quick-log form, the API and intake.
public sealed class LogRequest(RequestValidator validator, RequestLifecycle lifecycle, IStringLocalizer<LogRequest> localizer)
{
    public Validated<NewRequest> Validate(RequestInput input) => validator.Validate(input);

    public async Task<Validated<long>> HandleAsync(RequestInput input, CancellationToken ct = default)
    {
        var validated = Validate(input);
        if (!validated.IsValid) return Validated.Invalid<long>(validated.Errors);

        await using var write = await lifecycle.BeginAsync(ct);
        if (await LogAsync(write, validated.Value!) is not { } id)
            return Validated.Invalid<long>(nameof(RequestInput.JournalistId),
                localizer["No journalist has id {0}; pick another or type a name.", input.JournalistId!]);
        await write.CommitAsync(ct);
        return Validated.Valid<long>(id);
    }

    // Inside the caller's unit of work, for intake, which stores the message's identity with it.
    public Task<long?> LogAsync(RequestWrite write, NewRequest request) => write.LogAsync(request);
}
