using System.Globalization;
using Fluid;
using Ganss.Xss;
using Markdig;
using PressDesk.Templates;

namespace PressDesk.Briefings;

public sealed record RenderedBriefing(string? Markdown, TemplateError? Error);

// Template → Markdown → HTML. The Markdown is the product (the download, the API); the HTML is
// for the page: Markdig with raw HTML off, then the sanitiser, because names and questions come
// from third parties. Everything here is built once and shared.
public sealed class BriefingRenderer(BriefingTemplates templates)
{
    private static readonly TemplateOptions Options = CreateOptions();

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public BriefingTemplates Templates => templates;

    public RenderedBriefing RenderMarkdown(BriefingModel model, string templateName)
    {
        var loaded = templates.Get(templateName);
        if (loaded.Template is null) return new RenderedBriefing(null, loaded.Error);
        try
        {
            var context = new TemplateContext(model, Options) { CultureInfo = CultureInfo.CurrentCulture };
            return new RenderedBriefing(loaded.Template.Render(context, NullEncoder.Default), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Fluid reports render-time failures (a bad filter argument, a loop over a number) this way.
            return new RenderedBriefing(null, new TemplateError(loaded.File, null, null, e.Message));
        }
    }

    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<BriefingModel>();
        options.MemberAccessStrategy.Register<BriefingRequest>();
        options.MemberAccessStrategy.Register<BriefingJournalist>();
        options.MemberAccessStrategy.Register<BriefingOutlet>();
        options.MemberAccessStrategy.Register<BriefingClock>();
        options.MemberAccessStrategy.Register<BriefingPrep>();
        options.MemberAccessStrategy.Register<BriefingKeyPoint>();
        options.MemberAccessStrategy.Register<BriefingHistory>();
        options.MemberAccessStrategy.Register<BriefingPastRequest>();
        options.MemberAccessStrategy.Register<BriefingPublication>();
        options.MemberAccessStrategy.Register<BriefingWarning>();
        return options;
    }

    // The sanitiser's defaults already drop script, event attributes and javascript: URLs; the
    // sheet needs only links to http(s) and mailto, and no images or forms at all.
    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");   // the journalist's number, to call from the sheet
        foreach (var tag in new[] { "img", "form", "input", "button", "select", "textarea", "option", "style" })
            sanitizer.AllowedTags.Remove(tag);
        return sanitizer;
    }
}
