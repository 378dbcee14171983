using Microsoft.Extensions.Localization;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Interviews;

public sealed class PublicationValidator(IStringLocalizer<PublicationValidator> localizer, PressDesk.Hosting.DisplayTime time)
{
    public const int TitleMax = 300;
    public const int UrlMax = 2000;
    public const int ArticleMax = 100_000;

    // preparedPhrasings: the prep's phrasings; only those can be ticked as printed.
    public Validated<PublicationDraft> Validate(PublicationInput input, IReadOnlyCollection<string> preparedPhrasings, Request request)
    {
        var errors = new FieldErrors(localizer);
        var title = FieldErrors.CleanLine(input.Title);
        errors.MaxLength(nameof(input.Title), title, TitleMax, "Title");
        var url = FieldErrors.CleanLine(input.Url);
        errors.MaxLength(nameof(input.Url), url, UrlMax, "Link");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add(nameof(input.Url), "The link must be a web address starting with http:// or https://.");
        var article = FieldErrors.Clean(input.ArticleText);
        errors.MaxLength(nameof(input.ArticleText), article, ArticleMax, "Article text");
        bool? attribution = input.AttributionCorrect switch
        {
            "true" => true,
            "false" => false,
            null or "" => null,
            _ => null,
        };
        var phrasings = input.Phrasings.Where(p => !string.IsNullOrEmpty(p)).Distinct().ToList();
        if (phrasings.Any(p => !preparedPhrasings.Contains(p)))
            errors.Add(nameof(input.Phrasings), "Tick only phrasings from this request's prep.");

        if (input.Published)
        {
            errors.Required(nameof(input.Title), title, "Title");
            if (input.PublishedOn is null) errors.Add(nameof(input.PublishedOn), "Say when it was published.");
            // Dates are the user's calendar days, in the display time zone.
            else if (input.PublishedOn.Value < DateOnly.FromDateTime(time.ToLocal(request.ReceivedAt)))
                errors.Add(nameof(input.PublishedOn), "It cannot be published before the journalist's message.");
        }

        if (errors.Any) return new Validated<PublicationDraft>(null, errors.ToDictionary());
        var draft = input.Published
            ? new PublicationDraft(true, title, url, input.PublishedOn, input.Quoted, attribution, article, phrasings)
            : new PublicationDraft(false, title, url, input.PublishedOn, false, null, article, []);
        return new Validated<PublicationDraft>(draft, new Dictionary<string, string[]>());
    }
}
