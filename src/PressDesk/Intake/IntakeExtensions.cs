using PressDesk.Intake.DropFolder;
using PressDesk.Intake.Mailbox;
namespace PressDesk.Intake;

public static class IntakeExtensions
{
    public static WebApplicationBuilder AddIntake(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IntakeOptions>()
            .BindConfiguration(IntakeOptions.Section)
            .Validate(o => o.MaxMessageBytes > 0, "PressDesk:Intake:MaxMessageBytes must be a positive number of bytes, such as 5242880.")
            .Validate(o => o.MaxAge > TimeSpan.Zero, "PressDesk:Intake:MaxAge must be a positive time span, such as 14.00:00:00.")
            .Validate(o => o.RescanInterval > TimeSpan.Zero, "PressDesk:Intake:RescanInterval must be a positive time span, such as 00:00:10.")
            .Validate(o => o.SettleTime >= TimeSpan.Zero && o.SettleTime <= TimeSpan.FromMinutes(10), "PressDesk:Intake:SettleTime must be between 00:00:00 and 00:10:00, such as 00:00:01.")
            .Validate(o => !o.Imap.Enabled || o.Imap.Port is > 0 and < 65536, "PressDesk:Intake:Imap:Port must be between 1 and 65535.")
            .Validate(o => !o.Imap.Enabled || !string.IsNullOrWhiteSpace(o.Imap.Username), "PressDesk:Intake:Imap:Username is required when PressDesk:Intake:Imap:Host is set.")
            .Validate(o => !o.Imap.Enabled || o.Imap.PollInterval > TimeSpan.Zero, "PressDesk:Intake:Imap:PollInterval must be a positive time span, such as 00:01:00.")
            .Validate(o => !o.Imap.Enabled || !string.IsNullOrEmpty(o.Imap.Password), "PressDesk:Intake:Imap:Password is required when PressDesk:Intake:Imap:Host is set.")
            .Validate(o => !o.Imap.Enabled || !string.IsNullOrWhiteSpace(o.Imap.Folder), "PressDesk:Intake:Imap:Folder must name a folder, such as INBOX.")
            .Validate(o => !o.Imap.Enabled || o.Imap.MoveTo is null || o.Imap.MoveTo.Trim() != o.Imap.Folder.Trim(),
                "PressDesk:Intake:Imap:MoveTo must be another folder than PressDesk:Intake:Imap:Folder (or empty).")
            .ValidateOnStart();

        builder.Services.AddSingleton<IntakeRejections>();
        builder.Services.AddSingleton<IntakeReasons>();
        builder.Services.AddSingleton<IntakePipeline>();
        builder.Services.AddSingleton<IntakeErasure>();
        builder.Services.AddSingleton<MailboxStatus>();

        // Both sources are registered whatever the settings: they are complete only once the host is
        // built (tests and the command line add to them). Without a drop folder the worker idles and
        // Retry finds nothing; without PressDesk:Intake:Imap:Host the mailbox worker ends at once and
        // the intake page shows the mailbox Off.
        builder.Services.AddSingleton<DropFolderLayout>();
        builder.Services.AddSingleton<DropFileIntake>();
        builder.Services.AddSingleton<DropFolderScan>();
        builder.Services.AddSingleton<IIntakeRetry, DropFolderRetry>();
        builder.Services.AddSingleton<DropFolderWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DropFolderWorker>());

        builder.Services.AddSingleton<MailboxReader>();
        builder.Services.AddSingleton<MailboxWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MailboxWorker>());
        builder.Services.AddSingleton<IIntakeRetry, MailboxRetry>();
        // After both workers, so it only restarts workers the host has started.
        builder.Services.AddSingleton<IntakeRestart>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IntakeRestart>());
        return builder;
    }
}
