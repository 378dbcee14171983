using Dapper;

namespace PressDesk.Testing.Crash;

// Reads the data folder after the run and sets it against what was acknowledged and received.
public static class CrashChecks
{
    // Nothing left to fire or deliver: every open request had its breach and deadline alerts,
    // and no webhook delivery waits for an attempt.
    private const string OwedSql = """
        SELECT
          (SELECT count(*) FROM requests r WHERE r.responded_at IS NULL AND r.status IN ('New', 'Preparing')
             AND (NOT EXISTS (SELECT 1 FROM alerts a WHERE a.request_id = r.id AND a.kind = 'breach')
               OR (r.deadline IS NOT NULL AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.request_id = r.id AND a.kind = 'deadline'))))
        + (SELECT count(*) FROM alert_deliveries WHERE channel = 'webhook' AND state IN ('pending', 'failed') AND next_attempt_at IS NOT NULL)
        """;

    public static Task WaitForQuietOutboxAsync(string databasePath, TimeSpan limit) =>
        Eventually.ValueAsync(async () =>
        {
            await using var connection = await new TestDatabase(databasePath).OpenAsync(readOnly: true);
            return await connection.ExecuteScalarAsync<long>(OwedSql);
        }, owed => owed == 0, "PressDesk owes no alert or delivery", limit, every: TimeSpan.FromMilliseconds(200));

    // Until every file dropped has been filed into processed/ or rejected/ and none is left on top.
    public static Task WaitForDrainedFolderAsync(string dropFolder, int dropped, TimeSpan limit) =>
        Eventually.UntilAsync(
            () => Filed(dropFolder, "processed").Count + Filed(dropFolder, "rejected").Count >= dropped && Left(dropFolder).Count == 0,
            "every dropped file is filed", limit, every: TimeSpan.FromMilliseconds(200),
            detail: () => $"The drop folder still holds {Left(dropFolder).Count} files.");

    private static List<string> Left(string dropFolder) =>
        Directory.GetFiles(dropFolder).Select(f => Path.GetFileName(f)).Where(DropConventions.IsCandidate).ToList();

    private static List<string> Filed(string dropFolder, string under) =>
        Directory.Exists(Path.Combine(dropFolder, under))
            ? Directory.GetFiles(Path.Combine(dropFolder, under)).Select(f => Path.GetFileName(f))
                .Where(n => !n.StartsWith('.') && !n.EndsWith(DropConventions.ReasonSuffix, StringComparison.Ordinal)).ToList()
            : [];

    public static async Task<CrashReport> ReadAsync(
        string databasePath, string dropFolder, int kills, int seed, CrashLedger ledger, WebhookReceiver receiver, TimeSpan duration)
    {
        await using var connection = await new TestDatabase(databasePath).OpenAsync(readOnly: true);
        var integrity = string.Join("; ", await connection.QueryAsync<string>("PRAGMA integrity_check"));

        var storedMarkers = (await connection.QueryAsync<string>("SELECT topic FROM requests WHERE topic LIKE 'Crash test %'"))
            .Select(topic => topic["Crash test ".Length..])
            .GroupBy(marker => marker)
            .ToDictionary(g => g.Key, g => g.Count());
        var missingRequests = ledger.AcknowledgedRequests.Keys.Where(m => !storedMarkers.ContainsKey(m)).Order().ToList();
        var duplicateRequests = storedMarkers.Where(kv => kv.Value > 1).Select(kv => kv.Key).Order().ToList();

        var answered = (await connection.QueryAsync<long>("SELECT id FROM requests WHERE responded_at IS NOT NULL")).ToHashSet();
        var missingResponses = ledger.AcknowledgedResponses.Keys.Where(id => !answered.Contains(id)).Order().ToList();

        var webhook = (await connection.QueryAsync<(long AlertId, string State, string? LastError, long? NextAttemptAt)>(
            "SELECT alert_id, state, last_error, next_attempt_at FROM alert_deliveries WHERE channel = 'webhook'")).ToList();
        var fired = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM alerts");
        // Delivered, yet the receiver never saw it: impossible unless PressDesk records before it sends.
        var deliveredUnseen = webhook.Where(d => d.State == "delivered" && !receiver.Accepted.ContainsKey(d.AlertId)).Select(d => d.AlertId).ToList();
        var interrupted = webhook.Where(d => d.State == "failed" && d.NextAttemptAt is null).Select(d => d.AlertId).ToList();

        // Drop folder: each distinct valid identity stored once with one request, each file filed
        // once (valid ones and copies in processed/, invalid ones in rejected/ with a reason file).
        var files = ledger.DroppedFiles.Values.ToList();
        var expected = files.Where(f => f.Valid).Select(f => f.Identity!).ToHashSet();
        var stored = (await connection.QueryAsync<string>("SELECT identity FROM intake_messages")).ToHashSet();
        var fileTopics = (await connection.QueryAsync<string>("SELECT topic FROM requests WHERE topic LIKE 'Drop test %'"))
            .GroupBy(topic => topic["Drop test ".Length..]).ToDictionary(g => g.Key, g => g.Count());
        var notOnce = files.Where(f => f.Valid).Select(f => f.Marker!).Distinct()
            .Where(m => fileTopics.GetValueOrDefault(m) != 1).Select(m => $"{m} ×{fileTopics.GetValueOrDefault(m)}")
            .Concat(fileTopics.Keys.Where(m => !files.Any(f => f.Marker == m)).Select(m => $"{m} (never dropped valid)")).Order().ToList();
        var processed = Filed(dropFolder, "processed").ToHashSet();
        var rejected = Filed(dropFolder, "rejected").ToHashSet();
        var lost = files.Where(f => !processed.Contains(f.Name) && !rejected.Contains(f.Name)).Select(f => f.Name).Order().ToList();
        var misfiled = files.Where(f => processed.Contains(f.Name) && rejected.Contains(f.Name)
                || (f.Valid && rejected.Contains(f.Name))
                || (!f.Valid && (processed.Contains(f.Name) || !File.Exists(Path.Combine(dropFolder, "rejected", f.Name + DropConventions.ReasonSuffix)))))
            .Select(f => f.Name).Order().ToList();

        return new CrashReport(
            kills, seed, duration,
            ledger.SentCount(InputKind.ApiRequest), ledger.AcknowledgedRequests.Count, ledger.CutCount(InputKind.ApiRequest),
            storedMarkers.Count, missingRequests, duplicateRequests,
            ledger.AcknowledgedResponses.Count, missingResponses,
            fired, webhook.Count(d => d.State == "delivered"), webhook.Count(d => d.State == "cancelled"),
            interrupted.Count, interrupted.Count(receiver.Accepted.ContainsKey),
            receiver.Accepted.Count, receiver.Duplicates.Order().ToList(), deliveredUnseen,
            files.Count, expected.Count, files.Count(f => f.Copy), files.Count(f => !f.Valid), processed.Count, rejected.Count,
            expected.Where(i => !stored.Contains(i)).Order().ToList(), stored.Where(i => !expected.Contains(i)).Order().ToList(), notOnce,
            Left(dropFolder).Order().ToList(), lost, misfiled,
            integrity);
    }
}
