namespace PressDesk.Testing.Crash;

public sealed record CrashReport(
    int Kills, int Seed, TimeSpan Duration,
    int RequestsSent, int RequestsAcknowledged, int RequestsCut,
    int RequestsStored, IReadOnlyList<string> MissingRequests, IReadOnlyList<string> DuplicateRequests,
    int ResponsesAcknowledged, IReadOnlyList<long> MissingResponses,
    long AlertsFired, int WebhookDelivered, int WebhookCancelled, int WebhookInterrupted, int InterruptedButReceived,
    int AlertIdsReceived, IReadOnlyList<long> DuplicateAlertIds, IReadOnlyList<long> DeliveredButUnseen,
    int FilesDropped, int FilesDistinct, int FilesCopies, int FilesInvalid, int FilesProcessed, int FilesRejected,
    IReadOnlyList<string> MissingIdentities, IReadOnlyList<string> UnexpectedIdentities, IReadOnlyList<string> FileRequestsNotOnce,
    IReadOnlyList<string> FilesLeft, IReadOnlyList<string> FilesLost, IReadOnlyList<string> FilesMisfiled,
    string Integrity)
{
    public bool Passed =>
        MissingRequests.Count == 0 && DuplicateRequests.Count == 0 && MissingResponses.Count == 0
        && DuplicateAlertIds.Count == 0 && DeliveredButUnseen.Count == 0
        && MissingIdentities.Count == 0 && UnexpectedIdentities.Count == 0 && FileRequestsNotOnce.Count == 0
        && FilesLeft.Count == 0 && FilesLost.Count == 0 && FilesMisfiled.Count == 0
        && Integrity == "ok";

    public override string ToString() => $"""
        crash run: {Kills} kills (seed {Seed}) in {Duration.TotalSeconds:0} s
        requests: {RequestsSent} sent, {RequestsAcknowledged} acknowledged (201), {RequestsCut} cut by a kill, {RequestsStored} stored
          acknowledged but missing: {Show(MissingRequests)}; stored more than once: {Show(DuplicateRequests)}
        responses: {ResponsesAcknowledged} acknowledged, missing: {Show(MissingResponses)}
        alerts: {AlertsFired} fired; webhook: {WebhookDelivered} delivered, {WebhookCancelled} cancelled (answered first), {WebhookInterrupted} interrupted by a kill and not resent ({InterruptedButReceived} of them had reached the receiver)
          receiver: {AlertIdsReceived} alertIds, received more than once: {Show(DuplicateAlertIds)}; recorded delivered but never received: {Show(DeliveredButUnseen)}
        drop folder: {FilesDropped} files ({FilesDistinct} distinct, {FilesCopies} copies of an earlier one, {FilesInvalid} invalid); {FilesProcessed} in processed/, {FilesRejected} in rejected/
          identities missing from intake_messages: {Show(MissingIdentities)}; unexpected: {Show(UnexpectedIdentities)}; not exactly one request: {Show(FileRequestsNotOnce)}
          left in the folder: {Show(FilesLeft)}; lost: {Show(FilesLost)}; filed in the wrong place or without a reason file: {Show(FilesMisfiled)}
        integrity_check: {Integrity}
        {(Passed ? "PASSED" : "FAILED")}
        """;

    private static string Show<T>(IReadOnlyList<T> items) =>
        items.Count == 0 ? "none" : $"{items.Count} ({string.Join(", ", items.Take(10))}{(items.Count > 10 ? ", ..." : "")})";
}
