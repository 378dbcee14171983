namespace PressDesk.Tests.Reliability.Hostile;

// Where a hostile input goes. Each target has its own expectation in HostileInputTests.Expect.
//
// Extension point for the drop-folder intake: add DropFile here, generate files in HostileInputs
// (bytes as for the API targets), and expect the file in rejected/ with a .reason.txt beside it.
public enum HostileTarget
{
    ApiNewRequest,    // POST /api/requests
    ApiResponse,      // POST /api/requests/{id}/response
    ApiPrep,          // PUT /api/requests/{id}/prep
    QuickLogForm,     // /requests/new
    JournalistForm,   // /journalists/edit
    PrepForm,         // /requests/{id}/prep?handler=Ready
    InterviewForm,    // /requests/{id}/interview
}

// One bad input. Body is the raw request body (JSON, or application/x-www-form-urlencoded for the
// forms, without the antiforgery token); Field is the field the answer should name, when one does.
public sealed record HostileCase(HostileTarget Target, string Description, byte[] Body, string? Field, string ContentType = "application/json")
{
    public bool IsForm => Target is HostileTarget.QuickLogForm or HostileTarget.JournalistForm or HostileTarget.PrepForm or HostileTarget.InterviewForm;

    public override string ToString() => $"{Target}: {Description}";
}
