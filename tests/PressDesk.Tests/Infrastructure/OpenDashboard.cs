using System.Text.Json.Nodes;

namespace PressDesk.Tests.Infrastructure;

// An open dashboard's view of /events: the Server-Sent Events stream, read one event at a time.
public sealed class OpenDashboard : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private OpenDashboard(HttpResponseMessage response, StreamReader reader) => (_response, _reader) = (response, reader);

    public string? MediaType => _response.Content.Headers.ContentType?.MediaType;

    // Opens the stream and waits for its "ready" event, so nothing after this call is missed.
    public static async Task<OpenDashboard> OpenAsync(HttpClient client)
    {
        var response = await client.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = new OpenDashboard(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        var ready = await stream.NextAsync();
        if (ready.Type != "ready") throw new InvalidOperationException($"The stream opened with '{ready.Type}', not 'ready'.");
        return stream;
    }

    public async Task<(string Type, JsonNode Data)> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        string? type = null;
        while (await _reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) return (type ?? "message", JsonNode.Parse(line["data: ".Length..])!);
        }
        throw new EndOfStreamException();
    }

    // True when an event of that type arrives within the time; false when none does.
    public async Task<bool> ReceivesAsync(string type, TimeSpan within)
    {
        try
        {
            while (true)
                if ((await NextAsync(within)).Type == type) return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
