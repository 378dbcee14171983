using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PressDesk.Data;

public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations");
            return HealthCheckResult.Healthy("The database is reachable.");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The database is not reachable.", e);
        }
    }
}
