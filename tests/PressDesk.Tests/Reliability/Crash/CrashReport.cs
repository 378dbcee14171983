namespace PressDesk.Tests.Reliability.Crash;

public sealed record CrashReport(
    int Kills, int Seed, TimeSpan Duration,
    int RequestsSent, int RequestsAcknowledged, int RequestsCut,
    int RequestsStored, IReadOnlyList<string> MissingRequests, IReadOnlyList<string> DuplicateRequests,
    int ResponsesAcknowledged, IReadOnlyList<long> MissingResponses,
    long AlertsFired, int WebhookDelivered, int WebhookCancelled, int WebhookInterrupted, int InterruptedButReceived,
    int AlertIdsReceived, IReadOnlyList<long> DuplicateAlertIds, IReadOnlyList<long> DeliveredButUnseen,
    string Integrity)
{
    public bool Passed =>
        MissingRequests.Count == 0 && DuplicateRequests.Count == 0 && MissingResponses.Count == 0
        && DuplicateAlertIds.Count == 0 && DeliveredButUnseen.Count == 0 && Integrity == "ok";

    public override string ToString() => $"""
        crash run: {Kills} kills (seed {Seed}) in {Duration.TotalSeconds:0} s
        requests: {RequestsSent} sent, {RequestsAcknowledged} acknowledged (201), {RequestsCut} cut by a kill, {RequestsStored} stored
          acknowledged but missing: {Show(MissingRequests)}; stored more than once: {Show(DuplicateRequests)}
        responses: {ResponsesAcknowledged} acknowledged, missing: {Show(MissingResponses)}
        alerts: {AlertsFired} fired; webhook: {WebhookDelivered} delivered, {WebhookCancelled} cancelled (answered first), {WebhookInterrupted} interrupted by a kill and not resent ({InterruptedButReceived} of them had reached the receiver)
          receiver: {AlertIdsReceived} alertIds, received more than once: {Show(DuplicateAlertIds)}; recorded delivered but never received: {Show(DeliveredButUnseen)}
        integrity_check: {Integrity}
        {(Passed ? "PASSED" : "FAILED")}
        """;

    private static string Show<T>(IReadOnlyList<T> items) =>
        items.Count == 0 ? "none" : $"{items.Count} ({string.Join(", ", items.Take(10))}{(items.Count > 10 ? ", ..." : "")})";
}
