using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Web.TagHelpers;

// <phone-link number="..." />: the journalist's number as a tap-to-call link, where a callback
// starts on a phone. The number shows as it was typed; the link dials its international form.
// Renders nothing without a number; a number that does not parse shows as plain text.
[HtmlTargetElement("phone-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PhoneLinkTagHelper(IStringLocalizer<PhoneLinkTagHelper> localizer) : TagHelper
{
    public string? Number { get; set; }

    // The visible words before the number ("Call"), for a button; none by default.
    public string? Verb { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            output.SuppressOutput();
            return;
        }
        output.TagMode = TagMode.StartTagAndEndTag;
        if (PhoneNumber.TelUri(Number) is { } tel)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", tel);
            output.Attributes.SetAttribute("aria-label", localizer["Call {0}", Number]);
        }
        else output.TagName = "span";
        output.AddClass("tel", System.Text.Encodings.Web.HtmlEncoder.Default);
        if (Verb is not null) output.Content.Append(localizer[Verb]).Append(" ");
        output.Content.Append(Number);
    }
}
