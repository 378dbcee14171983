using System.Security.Cryptography;

namespace PressDesk.Testing.Crash;

// The drop folder's conventions as the README states them, written out here rather than taken
// from the app: the checks then test them instead of sharing them, and the Benchmarks project
// (which compiles these files against an aliased app) needs no app types.
internal static class DropConventions
{
    public const string ReasonSuffix = ".reason.txt";

    // What the worker reads: .eml and .json, not hidden or temporary names.
    public static bool IsCandidate(string name) =>
        !name.StartsWith('.')
        && !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        && (name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    // The identity of a message without a Message-ID or JSON id: a hash of its bytes.
    public static string ContentIdentity(byte[] content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));
}
