using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PressDesk.Tests.Reliability.Crash;

// Mixed load on one life of the app: clients log requests through the API (some already past
// their warning or with a near deadline, so alerts fall due all the time) and record responses
// to requests logged earlier. Runs until cancelled or until the app dies under it.
public sealed class CrashLoad(CrashLedger ledger, int seed, TimeProvider time)
{
    // Mostly new requests, so alerts keep falling due; some responses, which cancel pending deliveries.
    private static readonly (InputKind Kind, int Weight)[] Mix = [(InputKind.ApiRequest, 7), (InputKind.Response, 3)];

    private int _next;

    public async Task RunAsync(string baseUrl, string apiKey, int clients, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => ClientAsync(http, new Random(seed * 31 + c), ct)));
    }

    private async Task ClientAsync(HttpClient http, Random random, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var kind = Pick(random);
            try
            {
                await SendAsync(http, kind, random, ct);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                // Cut by the kill (or by the end of this life): stored or not, nobody was told it was.
                ledger.Cut(kind);
                if (!ct.IsCancellationRequested) await Task.Delay(20, CancellationToken.None);   // the app is gone; do not spin
            }
        }
    }

    private async Task SendAsync(HttpClient http, InputKind kind, Random random, CancellationToken ct)
    {
        switch (kind)
        {
            case InputKind.ApiRequest:
                await PostRequestAsync(http, random, ct);
                break;
            case InputKind.Response:
                await RecordResponseAsync(http, random, ct);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "No sender for this input kind yet.");
        }
    }

    private async Task PostRequestAsync(HttpClient http, Random random, CancellationToken ct)
    {
        var marker = $"crash-{seed}-{Interlocked.Increment(ref _next)}";
        var now = time.GetUtcNow();
        // Received up to 5 s ago: with WarnAfter 2 s and Target 4 s, some alerts are due at once,
        // the others during this life or a later one.
        var receivedAt = now - TimeSpan.FromMilliseconds(random.Next(0, 5000));
        DateTimeOffset? deadline = random.Next(3) == 0 ? now + TimeSpan.FromMilliseconds(random.Next(1000, 8000)) : null;
        ledger.Sent(InputKind.ApiRequest);
        using var response = await http.PostAsJsonAsync("/api/requests", new
        {
            journalist = new { name = $"Journalist {random.Next(40)}", outlet = $"Outlet {random.Next(10)}" },
            topic = $"Crash test {marker}",
            channel = "phone",
            receivedAt,
            deadline,
        }, ct);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"POST /api/requests answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        var id = (long)(await response.Content.ReadFromJsonAsync<JsonNode>(ct))!["id"]!;
        if (!ledger.AcknowledgedRequests.TryAdd(marker, id))
            throw new InvalidOperationException($"Marker {marker} was acknowledged twice.");
    }

    private async Task RecordResponseAsync(HttpClient http, Random random, CancellationToken ct)
    {
        var ids = ledger.AcknowledgedRequests.Values.ToArray();
        if (ids.Length == 0) return;
        var id = ids[random.Next(ids.Length)];
        ledger.Sent(InputKind.Response);
        using var response = await http.PostAsync($"/api/requests/{id}/response", content: null, ct);
        if (response.StatusCode == HttpStatusCode.OK) ledger.AcknowledgedResponses.TryAdd(id, 0);
        else if (response.StatusCode != HttpStatusCode.Conflict)   // already answered (perhaps by a post cut by a kill)
            throw new InvalidOperationException($"POST /api/requests/{id}/response answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }

    private static InputKind Pick(Random random)
    {
        var roll = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (kind, weight) in Mix)
        {
            if (roll < weight) return kind;
            roll -= weight;
        }
        throw new InvalidOperationException("Unreachable.");
    }
}
