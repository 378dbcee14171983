namespace PressDesk.Tests.Reliability.Hostile;

// Where a hostile input goes. Each target has its own expectation in HostileInputTests.Expect.
public enum HostileTarget
{
    ApiNewRequest,    // POST /api/requests
    ApiResponse,      // POST /api/requests/{id}/response
    ApiPrep,          // PUT /api/requests/{id}/prep
    QuickLogForm,     // /requests/new
    JournalistForm,   // /journalists/edit
    PrepForm,         // /requests/{id}/prep?handler=Ready
    InterviewForm,    // /requests/{id}/interview
    DropFile,         // a file in the drop folder: .eml (ContentType message/rfc822) or .json
}

// One bad input. Body is the raw request body (JSON, or application/x-www-form-urlencoded for the
// forms, without the antiforgery token); Field is the field the answer should name, when one does.
public sealed record HostileCase(HostileTarget Target, string Description, byte[] Body, string? Field, string ContentType = "application/json")
{
    public bool IsForm => Target is HostileTarget.QuickLogForm or HostileTarget.JournalistForm or HostileTarget.PrepForm or HostileTarget.InterviewForm;

    public string FileExtension => ContentType == EmailType ? ".eml" : ".json";

    public const string EmailType = "message/rfc822";

    public override string ToString() => $"{Target}: {Description}";
}
