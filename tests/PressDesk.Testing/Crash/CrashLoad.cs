using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PressDesk.Testing.Crash;

// Mixed load on one life of the app: clients log requests through the API (some already past
// their warning or with a near deadline, so alerts fall due all the time) and record responses
// to requests logged earlier. Runs until cancelled or until the app dies under it.
//
// Files dropped into the drop folder (dropFolder) as well: distinct mails and JSON files, copies of
// earlier ones under other names (same Message-ID or id) and a few invalid ones.
public sealed class CrashLoad(CrashLedger ledger, int seed, TimeProvider time, string dropFolder)
{
    // Mostly new requests, so alerts keep falling due; some responses, which cancel pending
    // deliveries; some files, which the drop-folder worker takes in while the API is busy.
    private static readonly (InputKind Kind, int Weight)[] Mix = [(InputKind.ApiRequest, 7), (InputKind.Response, 3), (InputKind.DropFile, 2)];

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
            case InputKind.DropFile:
                await DropFileAsync(random);
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

    // Of every 10 files in a life, 6 new valid ones (.eml with a Message-ID, .json with an id, .json
    // without one, whose content is its identity), 3 copies of an earlier one under a new name
    // (the first files of a run, with nothing to copy yet, are new), 1 invalid.
    private async Task DropFileAsync(Random random)
    {
        var n = Interlocked.Increment(ref _next);
        var marker = $"drop-{seed}-{n}";
        var roll = n % 10;
        var earlier = roll is >= 6 and < 9 ? ledger.DroppedFiles.Values.Where(f => f.Valid && !f.Copy).ToArray() : [];
        DroppedFile file;
        if (earlier.Length > 0)
        {
            var original = earlier[random.Next(earlier.Length)];
            file = original with { Name = marker + Path.GetExtension(original.Name), Copy = true };
        }
        else if (roll == 9)
        {
            var (extension, content) = random.Next(3) switch
            {
                0 => (".eml", ""),   // empty
                1 => (".eml", $"Subject: Drop test {marker}\r\nMessage-ID: <{marker}@crash.test>\r\n\r\nWho sent this?\r\n"),   // no From
                _ => (".json", $$"""{ "id": "{{marker}}", "journalist": "Caller {{random.Next(10)}}", "channel": "voicemail" }"""),   // no topic
            };
            file = new DroppedFile(marker + extension, null, null, false, System.Text.Encoding.UTF8.GetBytes(content));
        }
        else
        {
            var journalist = random.Next(30);
            file = random.Next(3) switch
            {
                0 => new DroppedFile(marker + ".eml", $"mid:{marker}@crash.test", marker, false, System.Text.Encoding.UTF8.GetBytes(
                    $"From: Journalist {journalist} <j{journalist}@outlet.test>\r\nSubject: Drop test {marker}\r\nMessage-ID: <{marker}@crash.test>\r\n\r\nCould you comment?\r\n")),
                1 => new DroppedFile(marker + ".json", $"json:{marker}", marker, false, System.Text.Encoding.UTF8.GetBytes(
                    $$"""{ "id": "{{marker}}", "journalist": "Caller {{journalist}}", "topic": "Drop test {{marker}}", "channel": "voicemail" }""")),
                _ => Json(marker, journalist),
            };
        }
        // Written whole under a temporary name, then renamed: never cut half-way by the end of a life.
        var temporary = Path.Combine(dropFolder, file.Name + ".part");
        await File.WriteAllBytesAsync(temporary, file.Content, CancellationToken.None);
        File.Move(temporary, Path.Combine(dropFolder, file.Name));
        ledger.Sent(InputKind.DropFile);
        if (!ledger.DroppedFiles.TryAdd(file.Name, file)) throw new InvalidOperationException($"File {file.Name} was dropped twice.");
        await Task.Delay(10, CancellationToken.None);   // the API clients, not the disk, set the pace
    }

    private static DroppedFile Json(string marker, int journalist)
    {
        var content = System.Text.Encoding.UTF8.GetBytes(
            $$"""{ "journalist": "Caller {{journalist}}", "topic": "Drop test {{marker}}", "question": "Call me back", "channel": "voicemail" }""");
        return new DroppedFile(marker + ".json", DropConventions.ContentIdentity(content), marker, false, content);
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
