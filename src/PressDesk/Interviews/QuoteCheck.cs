using Microsoft.Extensions.Localization;
using PressDesk.Journalists;
using PressDesk.Requests;

namespace PressDesk.Interviews;

public enum QuoteCheckOutcome { Ready, OutletDoesNotReview, NothingToCheck }

public sealed record QuoteCheckMessage(QuoteCheckOutcome Outcome, IReadOnlyList<Statement> Included, string? Subject, string? Body, string? MailTo);

// The message offering the journalist to check the quotes attributed to the user (a source may
// offer to re-read its quotes, never ask to re-read the article): only on-the-record statements marked as quotes; in a Q&A interview, all on-the-record
// answers when the outlet allows re-reading them. Never the article, and nothing for an outlet
// that does no reviews.
public sealed class QuoteCheck(IStringLocalizer<QuoteCheck> localizer)
{
    public static IReadOnlyList<Statement> Eligible(Interview interview, ReviewNorm norm) => norm switch
    {
        ReviewNorm.NoReview => [],
        ReviewNorm.QaAnswersAllowed when interview.Format == InterviewFormat.QandA =>
            interview.Statements.Where(s => s.IsOnRecord && s.Text is not null).ToList(),
        _ => interview.Statements.Where(s => s.IsOnRecord && s.IsQuote && s.Text is not null).ToList(),
    };

    public QuoteCheckMessage Compose(Request request, Interview interview, ReviewNorm norm, string? journalistEmail)
    {
        if (norm == ReviewNorm.NoReview) return new QuoteCheckMessage(QuoteCheckOutcome.OutletDoesNotReview, [], null, null, null);
        var included = Eligible(interview, norm);
        if (included.Count == 0) return new QuoteCheckMessage(QuoteCheckOutcome.NothingToCheck, [], null, null, null);

        var answers = norm == ReviewNorm.QaAnswersAllowed && interview.Format == InterviewFormat.QandA;
        var subject = localizer["Quotes for your piece on “{0}”", request.Topic].Value;
        var lines = new List<string>
        {
            localizer["Hello {0},", request.Journalist.Name].Value,
            "",
            answers
                ? localizer["Thank you for the interview. As agreed for a Q&A, here are my answers as I gave them, so that you can check them. I am not asking to read your article."].Value
                : localizer["Thank you for the interview. Here are the quotes you may attribute to me, so that you can check them if you wish. I am not asking to read your article."].Value,
            "",
        };
        lines.AddRange(included.Select(s => $"“{s.Text}”"));
        lines.Add("");
        lines.Add(localizer["Best regards,"].Value);
        var body = string.Join("\n", lines);
        // RFC 6068: percent-encode everything, line breaks as %0D%0A.
        var mailTo = $"mailto:{Uri.EscapeDataString(journalistEmail ?? "")}?subject={Uri.EscapeDataString(subject)}&body={Uri.EscapeDataString(body.Replace("\n", "\r\n"))}";
        return new QuoteCheckMessage(QuoteCheckOutcome.Ready, included, subject, body, mailTo);
    }
}
