using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Requests;
using PressDesk.Localization;
using PressDesk.Validation;

namespace PressDesk.Journalists;

// Adds a journalist (no id) or edits one.
public sealed class EditModel(JournalistStore journalists, JournalistValidator validator, OutletStore outlets) : PageModel
{
    [BindProperty] public JournalistInput Input { get; set; } = new();

    public long? Id { get; private set; }
    public long? DuplicateId { get; private set; }
    public IReadOnlyList<Outlet> Outlets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken ct)
    {
        Id = id;
        if (id is not null)
        {
            var j = await journalists.GetAsync(id.Value, ct);
            if (j is null || j.IsErased) return NotFound();
            Input = new JournalistInput
            {
                Name = j.Name, Outlet = j.Outlet, Beat = j.Beat, Email = j.Email, Phone = j.Phone,
                PreferredChannel = j.PreferredChannel?.Name(), Notes = j.Notes, Language = j.Language,
            };
        }
        Outlets = await outlets.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        Id = id;
        var validated = validator.Validate(Input);
        ModelState.AddErrors(validated.Errors, nameof(Input));

        if (ModelState.IsValid)
        {
            var saved = id is null
                ? await journalists.CreateAsync(validated.Value!, ct)
                : await journalists.UpdateAsync(id.Value, validated.Value!, ct);
            switch (saved.Outcome)
            {
                case SaveOutcome.Saved:
                    return Redirect($"/journalists/{saved.Id}");
                case SaveOutcome.NotFound or SaveOutcome.Erased:
                    return NotFound();
                case SaveOutcome.Duplicate:
                    DuplicateId = saved.Id;
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}",
                        this.Localize("A journalist with this name at this outlet is already in the directory."));
                    break;
            }
        }
        Outlets = await outlets.ListAsync(ct);
        return Page();
    }
}
