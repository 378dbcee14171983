namespace PressDesk.Testing.Crash;

// What the crash load sends into PressDesk. Each kind has its own way of being acknowledged
// (CrashLoad.SendAsync) and its own check after the run (CrashChecks).
//
public enum InputKind
{
    ApiRequest,   // POST /api/requests answered 201
    Response,     // POST /api/requests/{id}/response answered 200
    DropFile,     // a .eml or .json file written under a .part name and renamed into the drop folder
}
