using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;
using PressDesk.Localization;

namespace PressDesk.Journalists.Outlets;

// Adds an outlet (no id) or edits one: name, country, type and quote-review norm.
public sealed class EditModel(OutletStore outlets, OutletValidator validator) : PageModel
{
    [BindProperty] public OutletInput Input { get; set; } = new();

    public long? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken ct)
    {
        Id = id;
        if (id is null) return Page();
        var outlet = await outlets.GetAsync(id.Value, ct);
        if (outlet is null) return NotFound();
        Input = new OutletInput
        {
            Name = outlet.Name, Country = outlet.Country, Type = outlet.Type?.ToString(), ReviewNorm = outlet.ReviewNorm.ToString(),
            Language = outlet.Language,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        Id = id;
        var validated = validator.Validate(Input);
        ModelState.AddErrors(validated.Errors, nameof(Input));
        if (!ModelState.IsValid) return Page();

        var (outcome, _) = await outlets.SaveAsync(id, validated.Value!, ct);
        if (outcome == SaveOutcome.NotFound) return NotFound();
        if (outcome == SaveOutcome.Duplicate)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", this.Localize("Another outlet already has this name."));
            return Page();
        }
        return Redirect("/outlets");
    }
}
