using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using PressDesk.Requests;

namespace PressDesk.Web.TagHelpers;

// <response-clock reading="..." />: a request's clock, server-rendered; clock.js recomputes the
// state and text every second from the timestamps. A tag helper rather than a partial view: the
// dashboard shows one per request, and a partial costs a view lookup and a view context each time.
[HtmlTargetElement("response-clock", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ResponseClockTagHelper(ResponseClock clock, IStringLocalizer<ResponseClockTagHelper> localizer) : TagHelper
{
    public required ClockReading Reading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var now = clock.Now;
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "clock");
        output.Attributes.Add(new TagHelperAttribute("data-clock"));
        output.Attributes.SetAttribute("data-state", Reading.State.ToString());
        output.Attributes.SetAttribute("data-warn", Reading.WarnAt.ToString("O"));
        output.Attributes.SetAttribute("data-due", Reading.DueAt.ToString("O"));
        output.Attributes.SetAttribute("data-answered", Reading.ResponseTime is null ? "false" : "true");
        output.Content.SetContent(Reading.State switch
        {
            ClockState.Met => localizer["answered in {0}, within target", DurationText.Format(Reading.ResponseTime!.Value)],
            ClockState.Late => localizer["answered in {0}, after target", DurationText.Format(Reading.ResponseTime!.Value)],
            ClockState.Overdue => localizer["overdue by {0}", DurationText.Format(now - Reading.DueAt)],
            _ => localizer["{0} left", DurationText.Format(Reading.DueAt - now)],
        });
    }
}
