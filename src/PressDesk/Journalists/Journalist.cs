using PressDesk.Requests;

namespace PressDesk.Journalists;

public sealed record Journalist(
    long Id,
    string Name,
    long? OutletId,
    string? Outlet,
    string? Beat,
    string? Email,
    string? Phone,
    Channel? PreferredChannel,
    string? Notes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ErasedAt,
    string? Language = null,
    string? OutletLanguage = null)
{
    public bool IsErased => ErasedAt is not null;

    // The language to write to them in: their own, else their outlet's, else not known.
    public string? WritingLanguage => JournalistLanguage.Of(Language, OutletLanguage);
}

// What a person types (or a CSV row holds) for a journalist, before validation.
// Property names double as the keys of validation errors.
public sealed class JournalistInput
{
    public string? Name { get; set; }
    public string? Outlet { get; set; }
    public string? Beat { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? PreferredChannel { get; set; }
    public string? Notes { get; set; }
    public string? Language { get; set; }
}

// A journalist that passed validation, ready to store.
public sealed record JournalistFields(
    string Name, string? Outlet, string? Beat, string? Email, string? Phone, Channel? PreferredChannel, string? Notes,
    string? Language = null);

// One line of the directory.
public sealed record DirectoryEntry(long Id, string Name, string? Outlet, string? Beat, string? Email, DateTimeOffset? LastContact);
