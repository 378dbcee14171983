using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using PressDesk.Hosting;
using PressDesk.Requests;

namespace PressDesk.Web.TagHelpers;

// <journalist-deadline at="..." />: the journalist's deadline and the time left to it, which
// clock.js keeps counting down. Renders nothing without a deadline.
[HtmlTargetElement("journalist-deadline", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DeadlineTagHelper(ResponseClock clock, DisplayTime time, IStringLocalizer<DeadlineTagHelper> localizer) : TagHelper
{
    public DateTimeOffset? At { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (At is not { } deadline)
        {
            output.SuppressOutput();
            return;
        }
        var now = clock.Now;
        var instant = deadline.ToString("O");
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "deadline");
        output.Attributes.SetAttribute("data-deadline", instant);
        output.Content
            .AppendHtml($"<time datetime=\"{instant}\">").Append(time.Format(deadline)).AppendHtml("</time> (<span data-deadline-left>")
            .Append(deadline > now ? localizer["{0} left", DurationText.Format(deadline - now)] : localizer["passed"])
            .AppendHtml("</span>)");
    }
}
