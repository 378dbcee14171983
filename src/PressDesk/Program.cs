using PressDesk.Accounts;
using PressDesk.Alerts;
using PressDesk.Backups;
using PressDesk.Bench;
using PressDesk.Briefings;
using PressDesk.Callbacks;
using PressDesk.Calendar;
using PressDesk.Data;
using PressDesk.Hosting;
using PressDesk.Intake;
using PressDesk.Interviews;
using PressDesk.Journalists;
using PressDesk.KeyRing;
using PressDesk.Localization;
using PressDesk.Prep;
using PressDesk.Push;
using PressDesk.Requests;
using PressDesk.Routing;
using PressDesk.Settings;
using PressDesk.Web;
using PressDesk.WebApp;

StartRefusedException.PrintInsteadOfStackTrace();   // a start the operator can fix ends with its message, not a stack trace
var builder = WebApplication.CreateBuilder(args);

builder.AddSettings();           // the owner's Settings page, stored in the database: the lowest configuration source
builder.AddRootAppSettings();   // the repository-root appsettings.json is the file users edit
builder.AddDefaultListenAddress(); // http://localhost:5080 unless ASPNETCORE_URLS, Urls or the like say otherwise
builder.AddDisplayTime();       // the zone in which forms read and pages show times
builder.AddPressDeskLocalization(); // French and English: the account's language, else the browser's, else PressDesk:Culture
builder.AddPressDeskData();     // SQLite in PressDesk:DataDirectory, migrations, health check
builder.AddKeyRing();           // Data Protection's key ring in the data folder, encrypted with a key kept outside it
builder.AddAccounts();          // owner and members, cookie sign-in, API keys, throttling
builder.AddRequests();          // journalist requests and their response clock
builder.AddRequestRouting();    // who answers a request: spokespeople's areas, working hours, availability, hand-overs
builder.AddJournalists();       // directory, relationship summary, pitch guard, import/export, personal data
builder.AddPrep();              // areas of expertise, the three-key-point prep, phrasing checks, the message library
builder.AddInterviews();        // the interview ledger: statements (sealed when not on the record), quote checks, publications, leaks
builder.AddIntake();            // the pipeline that turns dropped files and mailbox messages into requests, exactly once
builder.AddAlerts();            // the alert worker, its outbox (webhook, email) and live dashboard events
builder.AddPush();              // Web Push to the devices users turned it on for: VAPID keys, subscriptions, its outbox
builder.AddEscalation();        // a request nobody takes up moves on to the next member, then the press officer; push actions
builder.AddCallbacks();         // "I'll call you back at 15:00": scheduled callbacks and their reminders
builder.AddCalendarFeeds();     // private ICS feeds of deadlines, callbacks and interviews, at /calendar/<token>.ics
builder.AddBriefings();         // one Markdown sheet per request, from the Liquid templates in templates/
builder.AddWebApp();            // installable: the manifest, the service worker's offline page
builder.AddPressDeskWeb();      // Razor Pages, localization, problem details, OpenAPI
builder.AddBackups();           // the backup and restore commands, and scheduled backups kept in PressDesk:Backup:Folder
builder.AddBench();             // the baseline page for load measurements, off unless PressDesk:Benchmarks:Enabled

var app = builder.Build();

if (BackupCommands.Matches(args)) return await BackupCommands.RunAsync(app, args);   // before the schema is touched, so a damaged database can be restored
// Beside a running server, so before anything that rewrites the data folder (schema, key ring, ledger):
// it only reads and writes users and sessions, and passwords are hashed without Data Protection.
if (ResetPasswordCommand.Matches(args)) return await ResetPasswordCommand.RunAsync(app, args);
using var dataFolder = app.HoldDataFolder();   // one server per data folder: a second one stops here; let go however Main ends
await app.MigrateDatabaseAsync();   // the schema is current before Kestrel serves anything
app.ProtectKeyRing();              // a missing or wrong key-ring protection key stops the start here, with its message
await app.LoadSettingsAsync();      // the Settings page's values, before options are validated at start
await app.SealLedgerTextAsync();     // "how they agreed" and notes an earlier version stored in clear are sealed
await app.BootstrapAccountsAsync(); // owner and API key from configuration, for unattended installs

app.UsePressDeskWeb();
app.MapRequestsApi();
app.MapAssignmentApi();       // take, hand over, "I'm on it" for integrations
app.MapCallbacksApi();
app.MapLiveEvents();
app.MapPush();
app.MapPushActions();           // a notification's "I'm on it" / "Away 1 h", authorised by the token in its address
app.MapPrepApi();
app.MapBriefings();
app.MapJournalistDownloads();
app.MapWebApp();
app.MapCalendarFeed();

app.Run();
return 0;

// Lets WebApplicationFactory<Program> find the entry point.
public partial class Program;
