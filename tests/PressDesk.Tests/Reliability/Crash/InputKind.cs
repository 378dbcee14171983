namespace PressDesk.Tests.Reliability.Crash;

// What the crash load sends into PressDesk. Each kind has its own way of being acknowledged
// (CrashLoad.SendAsync) and its own check after the run (CrashChecks).
//
// Extension point for the drop-folder intake: add DropFile here; in CrashLoad.SendAsync write a
// uniquely named .json file into PressDesk:Intake:DropFolder (acknowledged once written and
// renamed into place); in CrashChecks assert each acknowledged file ends in processed/ or
// rejected/ exactly once and its marker is stored at most once.
public enum InputKind
{
    ApiRequest,   // POST /api/requests answered 201
    Response,     // POST /api/requests/{id}/response answered 200
}
