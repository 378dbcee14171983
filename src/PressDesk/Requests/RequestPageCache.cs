using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PressDesk.Requests;

// The first page of GET /api/requests (all, or open only) is what integrations poll, often many at
// once. Like the dashboard's rendering it is the same for every caller and only changes when a
// request changes or the clocks move on, so its JSON is kept for the current second, under the
// current requests version and response-time settings, and every caller within that second shares
// one read and one serialization. A request's change shows at once; a journalist's renamed
// record within the second. At most two lists times a hundred page sizes are kept.
public sealed class RequestPageCache(RequestLifecycle requests, ResponseClock clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    private readonly ConcurrentDictionary<(bool OpenOnly, int PageSize), Entry> _pages = new();

    public async Task<byte[]> GetAsync(bool openOnly, int pageSize, Func<Task<RequestPage>> load)
    {
        var version = requests.Version;
        var second = clock.Now.ToUnixTimeSeconds();
        var settings = RuntimeHelpers.GetHashCode(clock.Options);
        if (_pages.TryGetValue((openOnly, pageSize), out var cached)
            && cached.Version == version && cached.Second == second && cached.Settings == settings)
            return cached.Json;

        var body = JsonSerializer.SerializeToUtf8Bytes(await load(), json.Value.SerializerOptions);
        _pages[(openOnly, pageSize)] = new Entry(version, second, settings, body);
        return body;
    }

    private sealed record Entry(long Version, long Second, int Settings, byte[] Json);
}
