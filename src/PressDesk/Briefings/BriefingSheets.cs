using Dapper;
using Microsoft.Extensions.Options;
using PressDesk.Data;
using PressDesk.Hosting;

namespace PressDesk.Briefings;

public sealed record BriefingSheet(long RequestId, string Template, IReadOnlyList<string> Templates, RenderedBriefing Rendered);

// One request's sheet: its model, its template (the one chosen for it, else the default) and the
// rendering. Shared by the page, the download and the API.
public sealed class BriefingSheets(
    Database database, BriefingModelBuilder models, BriefingRenderer renderer, IOptions<SiteOptions> site, TimeProvider time)
{
    // includeSealed: whether the sheet may show earlier statements made not on the record.
    public async Task<BriefingSheet?> RenderAsync(long requestId, bool includeSealed, CancellationToken ct = default)
    {
        var model = await models.BuildAsync(requestId, site.Value.PublicUrl, includeSealed, ct);
        if (model is null) return null;
        var names = renderer.Templates.Names();
        var chosen = await ChosenAsync(requestId, ct);
        var template = chosen is not null && names.Contains(chosen) ? chosen : BriefingOptions.DefaultTemplate;
        return new BriefingSheet(requestId, template, names, renderer.RenderMarkdown(model, template));
    }

    // False when the template does not exist; the default clears the choice.
    public async Task<bool> ChooseAsync(long requestId, string template, CancellationToken ct = default)
    {
        if (!renderer.Templates.Names().Contains(template)) return false;
        await using var connection = await database.OpenAsync(ct);
        if (template == BriefingOptions.DefaultTemplate)
            await connection.ExecuteAsync("DELETE FROM briefing_templates WHERE request_id = @requestId", new { requestId });
        else
            await connection.ExecuteAsync("""
                INSERT INTO briefing_templates (request_id, template, chosen_at)
                SELECT id, @template, @now FROM requests WHERE id = @requestId
                ON CONFLICT (request_id) DO UPDATE SET template = excluded.template, chosen_at = excluded.chosen_at
                """, new { requestId, template, now = time.GetUtcNow().ToUnixMs() });
        return true;
    }

    private async Task<string?> ChosenAsync(long requestId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT template FROM briefing_templates WHERE request_id = @requestId", new { requestId });
    }
}
