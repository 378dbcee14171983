using System.ComponentModel.DataAnnotations;

namespace PressDesk.Web;

public sealed class ConcurrencyOptions
{
    public const string Section = "PressDesk:Concurrency";

    // Requests served at the same time; 0 means two per processor. SQLite calls block their
    // thread, so beyond a few per core extra requests only add threads, memory and queueing
    // inside the runtime instead of in one fair line.
    [Range(0, 1024, ErrorMessage = "PressDesk:Concurrency:Requests must be between 0 (two per processor) and 1024.")]
    public int Requests { get; set; }

    // Requests waiting in line (oldest first) before new ones get 503 + Retry-After.
    [Range(0, 100_000, ErrorMessage = "PressDesk:Concurrency:Queue must be between 0 and 100000.")]
    public int Queue { get; set; } = 1000;

    public int EffectiveRequests => Requests > 0 ? Requests : 2 * Environment.ProcessorCount;
}
