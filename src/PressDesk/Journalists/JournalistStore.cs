using System.Data;
using Dapper;
using PressDesk.Data;
using PressDesk.Prep;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Journalists;

public sealed record JournalistChoice(long Id, string Name, string? Outlet)
{
    public string Label => Outlet is null ? Name : $"{Name} — {Outlet}";
}

public enum ContactFilter { Any, Recent, Quiet, Never }

public sealed record DirectoryQuery(string? Text, long? OutletId, string? Beat, ContactFilter Contact)
{
    // "Recent" is within this many days; "quiet" is no contact for at least QuietDays (or never).
    public const int RecentDays = 30;
    public const int QuietDays = 90;
}

public enum SaveOutcome { Saved, NotFound, Duplicate, Erased }

public sealed record SaveResult(SaveOutcome Outcome, long Id);

// SQL for journalists, shared by the directory, the journalist pages, the import and the request form.
public sealed class JournalistStore(Database database, TimeProvider time)
{
    private const string SelectJournalist = """
        SELECT j.id, j.name, j.outlet_id AS OutletId, o.name AS Outlet, j.beat, j.email, j.phone,
               j.preferred_channel AS PreferredChannel, j.notes, j.created_at AS CreatedAt, j.erased_at AS ErasedAt,
               j.language, o.language AS OutletLanguage
        FROM journalists j LEFT JOIN outlets o ON o.id = j.outlet_id
        """;

    // Latest request received from the journalist or pitch sent to them.
    internal const string LastContactOf = """
        nullif(max(ifnull((SELECT max(r.received_at) FROM requests r WHERE r.journalist_id = j.id), 0),
                   ifnull((SELECT max(p.sent_at) FROM pitches p WHERE p.journalist_id = j.id), 0)), 0)
        """;

    public async Task<IReadOnlyList<JournalistChoice>> ListChoicesAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<JournalistChoice>("""
            SELECT j.id, j.name, o.name AS outlet
            FROM journalists j LEFT JOIN outlets o ON o.id = j.outlet_id
            WHERE j.erased_at IS NULL
            ORDER BY j.name, o.name
            """);
        return rows.ToList();
    }

    // An erased journalist no longer exists for new work: nothing new is filed under their record.
    public async Task<bool> ExistsAsync(IDbConnection connection, IDbTransaction tx, long id) =>
        await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM journalists WHERE id = @id AND erased_at IS NULL)", new { id }, tx);

    // Same name at the same outlet (ignoring case) is the same person; otherwise a new record.
    public async Task<long> FindOrCreateAsync(IDbConnection connection, IDbTransaction tx, string name, string? outlet)
    {
        var now = time.GetUtcNow().ToUnixMs();
        var outletId = await OutletIdAsync(connection, tx, outlet);
        var existing = await FindAsync(connection, tx, name, outletId);
        return existing ?? await connection.ExecuteScalarAsync<long>(
            "INSERT INTO journalists (name, outlet_id, created_at, updated_at) VALUES (@name, @outletId, @now, @now) RETURNING id",
            new { name, outletId, now }, tx);
    }

    // Mail from a known address: the newest live record with that address, whatever its case.
    public async Task<long?> FindByEmailAsync(IDbConnection connection, IDbTransaction tx, string email) =>
        await connection.ExecuteScalarAsync<long?>("""
            SELECT id FROM journalists WHERE lower(email) = lower(@email) AND email IS NOT NULL AND erased_at IS NULL
            ORDER BY id DESC LIMIT 1
            """, new { email }, tx);

    // Fills in an address or number we did not have; what the user typed is never overwritten,
    // and what is not an address or a number by the one definition of each is not learnt.
    public async Task LearnContactAsync(IDbConnection connection, IDbTransaction tx, long id, string? email, string? phone)
    {
        if (!EmailAddress.IsValid(email)) email = null;
        if (!PhoneNumber.IsValid(phone)) phone = null;
        if (email is null && phone is null) return;
        await connection.ExecuteAsync("""
            UPDATE journalists SET email = coalesce(email, @email), phone = coalesce(phone, @phone), updated_at = @now
            WHERE id = @id AND erased_at IS NULL AND ((email IS NULL AND @email IS NOT NULL) OR (phone IS NULL AND @phone IS NOT NULL))
            """, new { id, email, phone, now = time.GetUtcNow().ToUnixMs() }, tx);
    }

    // Names by id, for showing ids kept elsewhere (a request's history); unknown ids are left out.
    public async Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<long, string>();
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<(long Id, string Name)>("SELECT id, name FROM journalists WHERE id IN @ids", new { ids = ids.ToArray() }))
            .ToDictionary(r => r.Id, r => r.Name);
    }

    public async Task<Journalist?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await GetAsync(connection, null, id);
    }

    internal static async Task<Journalist?> GetAsync(IDbConnection connection, IDbTransaction? tx, long id)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"{SelectJournalist} WHERE j.id = @id", new { id }, tx);
        return row?.ToJournalist();
    }

    // Directory order: by name. Reads one row more than asked to tell whether another page follows.
    // Text matches ignore accents and case ("helene" finds "Hélène"): both sides go through
    // Wording.Fold, the app's one way to compare words, registered as fold() on this connection.
    // A LIKE '%...%' scans the table anyway, so folding each row costs a few milliseconds for a
    // few thousand journalists and needs no folded copy kept in step by every write.
    public async Task<(IReadOnlyList<DirectoryEntry> Items, bool HasMore)> SearchAsync(
        DirectoryQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(ct);
        connection.CreateFunction<string?, string?>("fold", text => text is null ? null : Wording.Fold(text), isDeterministic: true);
        var rows = (await connection.QueryAsync<EntryRow>($"""
            WITH listed AS (
                SELECT j.id, j.name, o.name AS outlet, j.beat, j.email, {LastContactOf} AS last_contact
                FROM journalists j LEFT JOIN outlets o ON o.id = j.outlet_id
                WHERE j.erased_at IS NULL
                  AND (@text IS NULL OR fold(j.name) LIKE @text ESCAPE '~' OR fold(j.email) LIKE @text ESCAPE '~')
                  AND (@outletId IS NULL OR j.outlet_id = @outletId)
                  AND (@beat IS NULL OR fold(j.beat) LIKE @beat ESCAPE '~')
            )
            SELECT id, name, outlet, beat, email, last_contact AS LastContact FROM listed
            WHERE CASE @contact
                WHEN 'Recent' THEN last_contact >= @recentSince
                WHEN 'Quiet' THEN last_contact IS NULL OR last_contact < @quietBefore
                WHEN 'Never' THEN last_contact IS NULL
                ELSE 1 END
            ORDER BY name, outlet, id
            LIMIT @take OFFSET @skip
            """,
            new
            {
                text = Contains(query.Text),
                outletId = query.OutletId,
                beat = Contains(query.Beat),
                contact = query.Contact.ToString(),
                recentSince = (now - TimeSpan.FromDays(DirectoryQuery.RecentDays)).ToUnixMs(),
                quietBefore = (now - TimeSpan.FromDays(DirectoryQuery.QuietDays)).ToUnixMs(),
                take = pageSize + 1,
                skip = (page - 1) * pageSize,
            })).ToList();
        var items = rows.Take(pageSize).Select(r => r.ToEntry()).ToList();
        return (items, rows.Count > pageSize);
    }

    // Every journalist whose data is still held, for the CSV export.
    public async Task<IReadOnlyList<Journalist>> ListAllAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"{SelectJournalist} WHERE j.erased_at IS NULL ORDER BY j.name, o.name, j.id");
        return rows.Select(r => r.ToJournalist()).ToList();
    }

    public async Task<SaveResult> CreateAsync(JournalistFields fields, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var result = await CreateAsync(connection, tx, fields);
        if (result.Outcome == SaveOutcome.Saved) await tx.CommitAsync(ct);
        return result;
    }

    internal async Task<SaveResult> CreateAsync(IDbConnection connection, IDbTransaction tx, JournalistFields fields)
    {
        var outletId = await OutletIdAsync(connection, tx, fields.Outlet);
        if (await FindAsync(connection, tx, fields.Name, outletId) is { } existing)
            return new SaveResult(SaveOutcome.Duplicate, existing);
        var now = time.GetUtcNow().ToUnixMs();
        var id = await connection.ExecuteScalarAsync<long>("""
            INSERT INTO journalists (name, outlet_id, beat, email, phone, preferred_channel, notes, language, created_at, updated_at)
            VALUES (@Name, @outletId, @Beat, @Email, @Phone, @channel, @Notes, @Language, @now, @now)
            RETURNING id
            """, Parameters(fields, outletId, now), tx);
        return new SaveResult(SaveOutcome.Saved, id);
    }

    public async Task<SaveResult> UpdateAsync(long id, JournalistFields fields, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var current = await GetAsync(connection, tx, id);
        if (current is null) return new SaveResult(SaveOutcome.NotFound, id);
        if (current.IsErased) return new SaveResult(SaveOutcome.Erased, id);

        var outletId = await OutletIdAsync(connection, tx, fields.Outlet);
        if (await FindAsync(connection, tx, fields.Name, outletId) is { } other && other != id)
            return new SaveResult(SaveOutcome.Duplicate, other);
        await connection.ExecuteAsync("""
            UPDATE journalists
            SET name = @Name, outlet_id = @outletId, beat = @Beat, email = @Email, phone = @Phone,
                preferred_channel = @channel, notes = @Notes, language = @Language, updated_at = @now
            WHERE id = @id
            """,
            new
            {
                id, fields.Name, outletId, fields.Beat, fields.Email, fields.Phone,
                channel = fields.PreferredChannel?.Name(), fields.Notes, fields.Language, now = time.GetUtcNow().ToUnixMs(),
            }, tx);
        await tx.CommitAsync(ct);
        return new SaveResult(SaveOutcome.Saved, id);
    }

    internal static async Task<long?> FindAsync(IDbConnection connection, IDbTransaction tx, string name, long? outletId) =>
        await connection.ExecuteScalarAsync<long?>(
            "SELECT id FROM journalists WHERE name = @name AND ifnull(outlet_id, 0) = ifnull(@outletId, 0)",
            new { name, outletId }, tx);

    internal async Task<long?> OutletIdAsync(IDbConnection connection, IDbTransaction tx, string? outlet)
    {
        if (string.IsNullOrEmpty(outlet)) return null;
        await connection.ExecuteAsync(
            "INSERT INTO outlets (name, created_at) VALUES (@outlet, @now) ON CONFLICT (name) DO NOTHING",
            new { outlet, now = time.GetUtcNow().ToUnixMs() }, tx);
        return await connection.ExecuteScalarAsync<long>("SELECT id FROM outlets WHERE name = @outlet", new { outlet }, tx);
    }

    private static object Parameters(JournalistFields f, long? outletId, long now) => new
    {
        f.Name, outletId, f.Beat, f.Email, f.Phone, channel = f.PreferredChannel?.Name(), f.Notes, f.Language, now,
    };

    // A LIKE pattern that finds the folded text anywhere in a folded column, with the user's % and
    // _ taken literally.
    private static string? Contains(string? text)
    {
        var cleaned = FieldErrors.CleanLine(text);
        return cleaned is null ? null
            : "%" + Wording.Fold(cleaned).Replace("~", "~~").Replace("%", "~%").Replace("_", "~_") + "%";
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public long? OutletId { get; init; }
        public string? Outlet { get; init; }
        public string? Beat { get; init; }
        public string? Email { get; init; }
        public string? Phone { get; init; }
        public string? PreferredChannel { get; init; }
        public string? Notes { get; init; }
        public long CreatedAt { get; init; }
        public long? ErasedAt { get; init; }
        public string? Language { get; init; }
        public string? OutletLanguage { get; init; }

        public Journalist ToJournalist() => new(
            Id, Name, OutletId, Outlet, Beat, Email, Phone,
            Channels.TryParse(PreferredChannel, out var channel) ? channel : null,
            Notes, UnixTime.FromUnixMs(CreatedAt), UnixTime.FromUnixMs(ErasedAt), Language, OutletLanguage);
    }

    private sealed class EntryRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string? Outlet { get; init; }
        public string? Beat { get; init; }
        public string? Email { get; init; }
        public long? LastContact { get; init; }

        public DirectoryEntry ToEntry() => new(Id, Name, Outlet, Beat, Email, UnixTime.FromUnixMs(LastContact));
    }
}
