using Fluid;
using Microsoft.Extensions.Localization;
using PressDesk.Journalists;
using PressDesk.Localization;
using PressDesk.Requests;
using PressDesk.Templates;

namespace PressDesk.Interviews;

public enum QuoteCheckOutcome { Ready, OutletDoesNotReview, NothingToCheck, TemplateBroken }

public sealed record QuoteCheckMessage(
    QuoteCheckOutcome Outcome, IReadOnlyList<Statement> Included, string? Subject, string? Body, string? MailTo, TemplateError? Error = null);

// The message offering the journalist to check the quotes attributed to the user (a source may
// offer to re-read its quotes, never ask to re-read the article): only on-the-record statements
// marked as quotes; in a Q&A interview, all on-the-record answers when the outlet allows
// re-reading them. Never the article, and nothing for an outlet that does no reviews. The words
// are the user's to edit: templates/quote-check.{fr,en}.liquid, in the journalist's language.
public sealed class QuoteCheck(TemplateLibrary templates, IStringLocalizer<QuoteCheck> text)
{
    public const string TemplateName = "quote-check";
    public const string Extension = ".liquid";
    private const string SubjectLabel = "subject:";

    private static readonly TemplateOptions Options = CreateOptions();

    public static IReadOnlyList<Statement> Eligible(Interview interview, ReviewNorm norm) => norm switch
    {
        ReviewNorm.NoReview => [],
        ReviewNorm.QaAnswersAllowed when interview.Format == InterviewFormat.QandA =>
            interview.Statements.Where(s => s.IsOnRecord && s.Text is not null).ToList(),
        _ => interview.Statements.Where(s => s.IsOnRecord && s.IsQuote && s.Text is not null).ToList(),
    };

    public QuoteCheckMessage Compose(
        Request request, Interview interview, ReviewNorm norm, string? journalistEmail, QuoteCheckSignature signature, QuoteCheckLanguage language)
    {
        if (norm == ReviewNorm.NoReview) return new QuoteCheckMessage(QuoteCheckOutcome.OutletDoesNotReview, [], null, null, null);
        var included = Eligible(interview, norm);
        if (included.Count == 0) return new QuoteCheckMessage(QuoteCheckOutcome.NothingToCheck, [], null, null, null);

        var letter = new QuoteCheckLetter(
            new QuoteCheckJournalist(request.Journalist.Name, request.Journalist.Outlet),
            new QuoteCheckRequest(request.Id, request.Topic),
            norm == ReviewNorm.QaAnswersAllowed && interview.Format == InterviewFormat.QandA,
            included.Select(s => s.Text!).ToList(),
            signature);
        var (subject, body, error) = Write(letter, language);
        if (error is not null) return new QuoteCheckMessage(QuoteCheckOutcome.TemplateBroken, included, null, null, null, error);

        // RFC 6068: percent-encode everything, line breaks as %0D%0A.
        var mailTo = $"mailto:{Uri.EscapeDataString(journalistEmail ?? "")}?subject={Uri.EscapeDataString(subject!)}&body={Uri.EscapeDataString(body!.Replace("\n", "\r\n"))}";
        return new QuoteCheckMessage(QuoteCheckOutcome.Ready, included, subject, body, mailTo);
    }

    // The template's first line is "subject: …"; the rest, blank lines around it trimmed, is the body.
    // Only the rendering is in the journalist's language: errors are for the user, in theirs.
    private (string? Subject, string? Body, TemplateError? Error) Write(QuoteCheckLetter letter, QuoteCheckLanguage language)
    {
        var loaded = templates.Get(TemplateName, Extension, language.Culture);
        if (loaded.Template is null) return (null, null, loaded.Error);
        string written;
        try
        {
            using var scope = Languages.Use(language.Culture);
            written = loaded.Template.Render(new TemplateContext(letter, Options) { CultureInfo = language.Culture }, NullEncoder.Default);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, null, new TemplateError(loaded.File, null, null, e.Message));
        }

        var lines = written.ReplaceLineEndings("\n").TrimStart().Split('\n');
        if (!lines[0].StartsWith(SubjectLabel, StringComparison.OrdinalIgnoreCase))
            return (null, null, new TemplateError(loaded.File, 1, 1,
                text["The first line the template writes must be “{0} …”, the message's subject; the body follows it.", SubjectLabel]));
        var subject = lines[0][SubjectLabel.Length..].Trim();
        var body = string.Join('\n', lines.Skip(1).Select(l => l.TrimEnd())).Trim('\n');
        return (subject, body, null);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<QuoteCheckLetter>();
        options.MemberAccessStrategy.Register<QuoteCheckJournalist>();
        options.MemberAccessStrategy.Register<QuoteCheckRequest>();
        options.MemberAccessStrategy.Register<QuoteCheckSignature>();
        return options;
    }
}
