using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PressDesk.Web.TagHelpers;

// <a href="/requests" nav-link>: marks the link of the section the visitor is in with
// aria-current="page", so a screen reader says where they are and the CSS can show it.
// "/" is current only on the dashboard itself; any other link also covers the pages under it.
[HtmlTargetElement("a", Attributes = "nav-link")]
public sealed class NavLinkTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("nav-link");
        var href = output.Attributes["href"]?.Value?.ToString();
        if (href is null) return;
        var path = ViewContext.HttpContext.Request.Path;
        var current = href == "/" ? path == "/" : path.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase);
        if (current) output.Attributes.SetAttribute("aria-current", "page");
    }
}
