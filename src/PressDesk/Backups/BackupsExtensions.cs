using Microsoft.Extensions.Options;

namespace PressDesk.Backups;

public static class BackupsExtensions
{
    public static WebApplicationBuilder AddBackups(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BackupOptions>, BackupOptionsValidator>();
        builder.Services.AddSingleton<BackupWriter>();
        builder.Services.AddSingleton<BackupRestore>();
        builder.Services.AddSingleton<BackupStatus>();
        builder.Services.AddSingleton<ScheduledBackups>();
        builder.Services.AddSingleton<BackupWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BackupWorker>());
        return builder;
    }
}
