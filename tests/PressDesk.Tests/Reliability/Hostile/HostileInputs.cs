using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PressDesk.Tests.Reliability.Hostile;

// Generates bad inputs deterministically (seeded): each case starts from a valid body, gets one
// "breaker" that must make it invalid (wrong type, missing field, oversize, invalid UTF-8, absurd
// date, huge number, junk JSON) and, at random, hostile but valid text in other fields (script and
// SQL fragments, invalid UTF-8 in a form, control characters), so the breaker is not alone.
public sealed class HostileInputs(int seed, DateTimeOffset now)
{
    public const int Variants = 4;

    private static readonly object Missing = new();
    private static readonly string Megabyte = new('x', 1 << 20);

    // Valid text that looks like an attack; stored as typed when it reaches the database.
    public static readonly string[] HostileText =
    [
        "<script>alert('pressdesk')</script>",
        "Robert'); DROP TABLE requests;--",
        "' OR 1=1 --",
        "\"><img src=x onerror=alert(1)>",
        "{{ 7*7 }} {% raw %}",
        "[link](javascript:alert(1))",
        "\u202Egnp.exe",
        "Ünïcödé 🎤 日本語",
        "line\u0000with\u0001controls",
    ];

    // Dates nobody means: before 2000, far future, before the epoch, or not dates at all.
    private static readonly JsonNode?[] AbsurdReceipts =
    [
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
        "2026-02-30T10:00:00Z", "2026-11-28T14:05:00+25:00", "yesterday", "", 0, -1, 253402300800000, true, new JsonArray(), new JsonObject(),
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<HostileCase> All() =>
        NewRequests().Concat(Responses()).Concat(Preps()).Concat(QuickLogs()).Concat(Journalists()).Concat(PrepForms()).Concat(Interviews()).Concat(DropFiles());

    // Drop-folder files for an app whose PressDesk:Intake:MaxMessageBytes is this.
    public const int DropMaxBytes = 64 * 1024;
    public const int DropVariants = 2;

    private IEnumerable<HostileCase> NewRequests()
    {
        JsonObject Valid() => new()
        {
            ["journalist"] = new JsonObject { ["name"] = "Claire Martin", ["outlet"] = "Les Echos" },
            ["topic"] = "Energy tariff",
            ["question"] = "Will households pay more?",
            ["channel"] = "phone",
            ["receivedAt"] = now.AddMinutes(-5).ToString("O"),
            ["deadline"] = now.AddHours(2).ToString("O"),
        };
        var breakers = new List<(string Field, object? Value)>
        {
            ("topic", Missing), ("topic", null), ("topic", ""), ("topic", "   "), ("topic", 123), ("topic", true), ("topic", new JsonArray()),
            ("topic", new JsonObject()), ("topic", Megabyte), ("topic", new string('t', 201)), ("topic", "\u0000\u0001\u0002"),
            ("journalist", Missing), ("journalist", null), ("journalist", "Claire"), ("journalist", 42), ("journalist", new JsonArray()),
            ("journalist.name", null), ("journalist.name", Megabyte), ("journalist.name", new JsonObject()), ("journalist.outlet", Megabyte),
            ("journalist.id", 0), ("journalist.id", -1), ("journalist.id", 1e308), ("journalist.id", JsonNode.Parse("99999999999999999999")),
            ("journalist.id", "abc"), ("journalist.id", JsonNode.Parse("1e999")), ("journalist.id", 987654321),
            ("channel", Missing), ("channel", ""), ("channel", "fax"), ("channel", "phone'; DROP TABLE requests;--"),
            ("channel", "<script>alert(1)</script>"), ("channel", 7), ("channel", new JsonArray("phone")),
            ("deadline", "0001-01-01T00:00:00Z"), ("deadline", "1970-01-01T00:00:00Z"), ("deadline", "not a date"), ("deadline", -5), ("deadline", new JsonObject()),
            ("question", Megabyte), ("question", new string('q', 4001)), ("question", 42), ("question", new JsonArray()),
        };
        breakers.AddRange(AbsurdReceipts.Select(d => ("receivedAt", (object?)d?.DeepClone())));
        foreach (var (field, value) in breakers)
            for (var v = 0; v < VariantsOf(value); v++)
            {
                var body = Valid();
                AddNoise(body, ["topic", "question", "journalist.name", "journalist.outlet"], except: field);
                Set(body, field, value);
                yield return Json(HostileTarget.ApiNewRequest, $"{field} = {Show(value)}", body, field.Split('.')[0]);
            }
        foreach (var raw in RawBodies(Valid())) yield return raw with { Target = HostileTarget.ApiNewRequest };
        yield return Json(HostileTarget.ApiNewRequest, "valid JSON sent as text/plain", Valid(), null) with { ContentType = "text/plain" };
        yield return Duplicated(HostileTarget.ApiNewRequest, Valid(), "topic", Pick(HostileText));
        yield return Duplicated(HostileTarget.ApiNewRequest, Valid(), "Channel", "email");   // names match without case
    }

    private IEnumerable<HostileCase> Responses()
    {
        JsonObject Valid() => new() { ["respondedAt"] = now.AddMinutes(-1).ToString("O"), ["declined"] = false, ["note"] = "Called back" };
        var breakers = new List<(string Field, object? Value)>
        {
            ("respondedAt", "9999-12-31T23:59:59Z"), ("respondedAt", "0001-01-01T00:00:00Z"), ("respondedAt", "1970-01-01T00:00:00Z"),
            ("respondedAt", "-0001-01-01T00:00:00Z"), ("respondedAt", "soon"), ("respondedAt", 12), ("respondedAt", new JsonArray()),
            ("declined", "yes"), ("declined", 1), ("declined", new JsonObject()),
            ("note", Megabyte), ("note", new string('n', 2001)), ("note", new JsonObject()), ("note", 3.14),
        };
        foreach (var (field, value) in breakers)
            for (var v = 0; v < VariantsOf(value); v++)
            {
                var body = Valid();
                AddNoise(body, ["note"], except: field);
                Set(body, field, value);
                yield return Json(HostileTarget.ApiResponse, $"{field} = {Show(value)}", body, field);
            }
        foreach (var raw in RawBodies(Valid()).Where(r => r.Description != "JSON null"))   // null is "no body": respond now
            yield return raw with { Target = HostileTarget.ApiResponse };
        yield return Duplicated(HostileTarget.ApiResponse, Valid(), "declined", true);
    }

    private IEnumerable<HostileCase> Preps()
    {
        JsonObject Point(string text) => new() { ["text"] = text, ["phrasings"] = new JsonArray("A quotable 3-word line.") };
        JsonObject Valid() => new() { ["keyPoints"] = new JsonArray(Point("One"), Point("Two"), Point("Three")), ["ready"] = true };
        var breakers = new List<(string Field, object? Value)>
        {
            ("keyPoints", new JsonArray(Point("One"), Point("Two"))), ("keyPoints", new JsonArray()), ("keyPoints", "three points"),
            ("keyPoints", new JsonArray(1, 2, 3)), ("keyPoints", 3), ("keyPoints", new JsonObject()),
            ("keyPoints.0.text", new string('k', 301)), ("keyPoints.0.text", Megabyte), ("keyPoints.0.text", 5), ("keyPoints.0.text", null),
            ("keyPoints.1.phrasings", new JsonArray()), ("keyPoints.1.phrasings", "one"), ("keyPoints.1.phrasings", new JsonArray(1)),
            ("keyPoints.1.phrasings", new JsonArray(Enumerable.Range(0, 11).Select(i => (JsonNode)$"Phrasing {i}").ToArray())),
            ("keyPoints.2.phrasings", new JsonArray(new string('p', 601))), ("keyPoints.2.phrasings", new JsonArray(Megabyte)),
            ("ready", "yes"), ("ready", 1),
        };
        foreach (var (field, value) in breakers)
            for (var v = 0; v < VariantsOf(value); v++)
            {
                var body = Valid();
                AddNoise(body, ["keyPoints.0.text", "keyPoints.1.text", "keyPoints.2.text"], except: field);
                Set(body, field, value);
                yield return Json(HostileTarget.ApiPrep, $"{field} = {Show(value)}", body, "keyPoints" == field.Split('.')[0] ? "keyPoints" : field);
            }
        foreach (var raw in RawBodies(Valid())) yield return raw with { Target = HostileTarget.ApiPrep };
        yield return Duplicated(HostileTarget.ApiPrep, Valid(), "ready", false);
    }

    private IEnumerable<HostileCase> QuickLogs()
    {
        Dictionary<string, string> Valid() => new()
        {
            ["Input.JournalistName"] = "Claire Martin", ["Input.Outlet"] = "Les Echos", ["Input.Topic"] = "Energy tariff",
            ["Input.Question"] = "Will households pay more?", ["Input.Channel"] = "phone",
            ["Input.ReceivedAt"] = now.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), ["Input.Deadline"] = now.AddHours(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        };
        var breakers = new List<(string Field, string? Value)>
        {
            ("Input.Topic", null), ("Input.Topic", ""), ("Input.Topic", "   "), ("Input.Topic", Megabyte), ("Input.Topic", new string('t', 201)),
            ("Input.JournalistName", ""), ("Input.JournalistName", Megabyte), ("Input.Outlet", new string('o', 201)),
            ("Input.Channel", "fax"), ("Input.Channel", ""), ("Input.Channel", "phone' OR 1=1 --"),
            ("Input.ReceivedAt", "0001-01-01T00:00"), ("Input.ReceivedAt", "9999-12-31T23:59"), ("Input.ReceivedAt", "1970-01-01T00:00"),
            ("Input.ReceivedAt", "-5"), ("Input.ReceivedAt", "yesterday"), ("Input.ReceivedAt", "2026-02-30T10:00"),
            ("Input.Deadline", "1970-01-01T00:00"), ("Input.Deadline", "0001-01-01T00:00"), ("Input.Deadline", "soon"),
            ("Input.JournalistId", "99999999999999999999999"), ("Input.JournalistId", "-1"), ("Input.JournalistId", "0"),
            ("Input.JournalistId", "abc"), ("Input.JournalistId", "987654321"), ("Input.Question", new string('q', 4001)),
        };
        return FormCases(HostileTarget.QuickLogForm, Valid, breakers, ["Input.Topic", "Input.Question", "Input.JournalistName", "Input.Outlet"]);
    }

    private IEnumerable<HostileCase> Journalists()
    {
        Dictionary<string, string> Valid() => new()
        {
            ["Input.Name"] = "Jean Dupont", ["Input.Outlet"] = "Les Echos", ["Input.Beat"] = "Energy",
            ["Input.Email"] = "jean@example.org", ["Input.Phone"] = "+33 1 23 45 67 89", ["Input.PreferredChannel"] = "email", ["Input.Notes"] = "Prefers mornings",
        };
        var breakers = new List<(string Field, string? Value)>
        {
            ("Input.Name", null), ("Input.Name", ""), ("Input.Name", Megabyte), ("Input.Name", "CLAIRE MARTIN"),   // at Les Echos: already in the directory
            ("Input.Email", "not-an-email"), ("Input.Email", new string('e', 250) + "@x.org"), ("Input.Email", "a@b'; DROP TABLE journalists;--"),
            ("Input.Phone", new string('1', 41)), ("Input.PreferredChannel", "fax"), ("Input.PreferredChannel", "<script>"),
            ("Input.Notes", new string('n', 4001)), ("Input.Notes", Megabyte), ("Input.Beat", new string('b', 201)), ("Input.Outlet", Megabyte),
        };
        return FormCases(HostileTarget.JournalistForm, Valid, breakers, ["Input.Beat", "Input.Notes"]);
    }

    private IEnumerable<HostileCase> PrepForms()
    {
        Dictionary<string, string> Valid() => new()
        {
            ["KeyPoints[0].Text"] = "One", ["KeyPoints[0].Phrasings[0].Text"] = "A quotable 3-word line.",
            ["KeyPoints[1].Text"] = "Two", ["KeyPoints[1].Phrasings[0].Text"] = "Another line with 2 numbers: 4.",
            ["KeyPoints[2].Text"] = "Three", ["KeyPoints[2].Phrasings[0].Text"] = "Third line, for example.",
        };
        // A key point left without a phrasing is not here: Mark ready then keeps the text as a draft
        // (PrepDraftTests), so it changes what is stored by design.
        var breakers = new List<(string Field, string? Value)>
        {
            ("KeyPoints[0].Text", new string('k', 301)), ("KeyPoints[0].Text", Megabyte), ("KeyPoints[2].Text", null), ("KeyPoints[2].Text", ""),
            ("KeyPoints[1].Phrasings[0].Text", new string('p', 601)),
            ("KeyPoints[1].Phrasings[0].Text", Megabyte),
        };
        return FormCases(HostileTarget.PrepForm, () =>
        {
            var form = Valid();
            // Junk in fields the form does not show as boxes: the area choice and a reused library phrasing.
            if (_random.Next(2) == 0) form["FocusAreaId"] = Pick(["abc", "-1", "987654321", "99999999999999999999999"]);
            if (_random.Next(2) == 0) form["KeyPoints[0].Phrasings[0].ReusedFrom"] = Pick(["abc", "-1", "987654321", "1e9"]);
            return form;
        }, breakers, ["KeyPoints[0].Text", "KeyPoints[1].Text"]);
    }

    private IEnumerable<HostileCase> Interviews()
    {
        Dictionary<string, string> Valid() => new()
        {
            ["Format"] = "Conversation", ["HeldAt"] = now.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), ["DurationMinutes"] = "20", ["Notes"] = "Went well",
            ["Statements[0].Text"] = "Prices will rise 4% in 2027.", ["Statements[0].Level"] = "OffRecord", ["Statements[0].Agreement"] = "Yes",
        };
        var breakers = new List<(string Field, string? Value)>
        {
            ("Format", "Podcast"), ("Format", ""), ("Format", "1"), ("Format", "Conversation'; DROP TABLE interviews;--"),
            ("HeldAt", null), ("HeldAt", "9999-12-31T23:59"), ("HeldAt", "0001-01-01T00:00"), ("HeldAt", "1970-01-01T00:00"), ("HeldAt", "later"),
            ("DurationMinutes", "99999999999"), ("DurationMinutes", "-5"), ("DurationMinutes", "0"), ("DurationMinutes", "601"), ("DurationMinutes", "ten"),
            ("Notes", new string('n', 4001)), ("Notes", Megabyte),
            ("Statements[0].Text", new string('s', 2001)), ("Statements[0].Level", "Secret"), ("Statements[0].Level", "99"),
            ("Statements[0].Agreement", "Maybe"), ("Statements[0].IsQuote", "perhaps"), ("Statements[0].AgreedAt", "0001-01-01T00:00"),
        };
        return FormCases(HostileTarget.InterviewForm, Valid, breakers, ["Notes", "Statements[0].Text"]);
    }

    // Files for the drop folder, each invalid for a reason the intake must give: .eml files empty,
    // random, truncated, without From, oversize or dated out of range; .json files with wrong
    // types, missing fields, invalid UTF-8, absurd dates or not an object at all. Hostile text
    // (script, SQL) rides along in the fields that are not the reason.
    private IEnumerable<HostileCase> DropFiles()
    {
        var n = 0;
        string Id() => $"<hostile-{seed}-{++n}@outlet.test>";
        HostileCase Eml(string description, string text) =>
            new(HostileTarget.DropFile, description, Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")), null, HostileCase.EmailType);
        HostileCase EmlBytes(string description, byte[] bytes) => new(HostileTarget.DropFile, description, bytes, null, HostileCase.EmailType);
        string Mail(string? from, string date, string? subject = null, string? body = null) =>
            (from is null ? "" : $"From: {from}\n") + $"To: expert@pressdesk.test\nSubject: {subject ?? Pick(HostileText)}\n"
            + $"Date: {date}\nMessage-ID: {Id()}\nContent-Type: text/plain; charset=utf-8\n\n{body ?? Pick(HostileText)}\n";
        string Rfc(DateTimeOffset d) => d.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", System.Globalization.CultureInfo.InvariantCulture);
        var from = "Claire Martin <claire@lemonde.test>";
        var fine = Rfc(now.AddMinutes(-5));

        yield return EmlBytes("empty .eml", []);
        yield return new HostileCase(HostileTarget.DropFile, "empty .json", [], null);
        foreach (var size in new[] { 1, 17, 512, 4096, 20_000 })
        {
            var bytes = new byte[size];
            _random.NextBytes(bytes);
            yield return EmlBytes($"{size} random bytes as .eml", bytes);
            yield return new HostileCase(HostileTarget.DropFile, $"{size} random bytes as .json", [.. bytes, 0xFF], null);   // 0xFF: never UTF-8
        }

        // A multipart mail cut before its closing boundary, in its headers or in a part.
        var multipart = $"From: {from}\nSubject: Grid outage\nDate: {fine}\nMessage-ID: {Id()}\nMIME-Version: 1.0\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n"
            + $"{Pick(HostileText)} Can you explain the outage?\n--b1\nContent-Type: text/html\n\n<p>{Pick(HostileText)}</p>\n--b1--\n";
        var closing = multipart.IndexOf("--b1--", StringComparison.Ordinal);
        for (var v = 0; v < 8; v++)
            yield return Eml($"truncated MIME (cut at {v})", multipart[..(v < 2 ? 20 + 30 * v : _random.Next(multipart.IndexOf("\n\n", StringComparison.Ordinal) + 4, closing))]);

        foreach (var (description, date) in new[]
                 {
                     ("Date in 1970", "Thu, 01 Jan 1970 00:00:00 +0000"), ("Date in 1999", "Fri, 31 Dec 1999 23:59:59 +0000"),
                     ("Date next year", Rfc(now.AddYears(1))), ("Date in 2099", "Thu, 01 Jan 2099 00:00:00 +0000"),
                     ("Date tomorrow", Rfc(now.AddDays(1))), ("Date 15 days ago", Rfc(now.AddDays(-15))),
                     ("Date in 9999", "Fri, 31 Dec 9999 23:59:59 +0000"),
                 })
            for (var v = 0; v < DropVariants; v++)
                yield return Eml(description, Mail(from, date));

        for (var v = 0; v < 6; v++)
            yield return Eml("no From", Mail(null, fine, subject: HostileText[v % HostileText.Length]));
        yield return Eml("no From, script in the body", Mail(null, fine, body: "<script>alert('pressdesk')</script>"));
        yield return Eml("no From, SQL in the subject", Mail(null, fine, subject: "Robert'); DROP TABLE requests;--"));
        yield return Eml("empty From", Mail("", fine));
        yield return Eml("headers only, never ending", $"From: {from}\nSubject: {Pick(HostileText)}");
        yield return Eml("oversize .eml (70 KB)", Mail(from, fine, body: new string('A', 70 * 1024)));
        yield return Eml("oversize .eml (1 MB)", Mail(from, fine, body: Megabyte));

        JsonObject Valid() => new()
        {
            ["journalist"] = "Claire Martin", ["outlet"] = "Les Echos", ["topic"] = "Energy tariff", ["question"] = "Will households pay more?",
            ["channel"] = "phone", ["receivedAt"] = now.AddMinutes(-5).ToString("O"), ["deadline"] = now.AddHours(2).ToString("O"),
        };
        var breakers = new List<(string Field, object? Value)>
        {
            ("topic", Missing), ("topic", null), ("topic", ""), ("topic", "   "), ("topic", 42), ("topic", new JsonArray("grid")), ("topic", new JsonObject()),
            ("journalist", Missing), ("journalist", null), ("journalist", 42), ("journalist", new JsonObject { ["name"] = "Claire" }), ("journalist", true),
            ("channel", "fax"), ("channel", "phone'; DROP TABLE requests;--"), ("channel", "<script>alert(1)</script>"), ("channel", 7),
            ("id", 5), ("id", new JsonArray()), ("email", "not-an-email"), ("email", "a@b'; DROP TABLE journalists;--"), ("email", 3),
            ("phone", new string('1', 51)), ("phone", 33123456789), ("question", new JsonArray()), ("outlet", false),
            ("<script>alert(1)</script>", "unknown field"), ("topic; DROP TABLE requests", "unknown field"),
            ("deadline", "soon"), ("deadline", new JsonObject()),
        };
        breakers.AddRange(AbsurdReceipts.Select(d => ("receivedAt", (object?)d?.DeepClone())));
        foreach (var (field, value) in breakers)
            for (var v = 0; v < DropVariants; v++)
            {
                var body = Valid();
                AddNoise(body, ["topic", "question", "journalist", "outlet"], except: field);
                Set(body, field, value);
                yield return new HostileCase(HostileTarget.DropFile, $".json {field} = {Show(value)}", Encoding.UTF8.GetBytes(body.ToJsonString()), field);
            }
        var nobody = Valid();
        nobody.Remove("journalist");
        nobody["topic"] = "<script>alert('pressdesk')</script>";
        yield return new HostileCase(HostileTarget.DropFile, ".json no journalist, no email, script topic", Encoding.UTF8.GetBytes(nobody.ToJsonString()), "journalist");
        var oversize = Valid();
        oversize["question"] = new string('q', 70 * 1024);
        yield return new HostileCase(HostileTarget.DropFile, ".json oversize (70 KB)", Encoding.UTF8.GetBytes(oversize.ToJsonString()), null);
        foreach (var raw in RawBodies(Valid())) yield return raw with { Target = HostileTarget.DropFile, Description = ".json " + raw.Description };
        yield return Duplicated(HostileTarget.DropFile, Valid(), "topic", Pick(HostileText)) with { Description = ".json topic given twice" };
        yield return Duplicated(HostileTarget.DropFile, Valid(), "Journalist", "Someone else") with { Description = ".json journalist given twice, in other case" };
    }

    private IEnumerable<HostileCase> FormCases(
        HostileTarget target, Func<Dictionary<string, string>> valid, List<(string Field, string? Value)> breakers, string[] noiseFields)
    {
        foreach (var (field, value) in breakers)
            for (var v = 0; v < VariantsOf(value); v++)
            {
                var form = valid();
                var raw = new List<string>();
                foreach (var noisy in noiseFields.Where(f => f != field && _random.Next(2) == 0))
                {
                    if (_random.Next(3) == 0) { form.Remove(noisy); raw.Add($"{Uri.EscapeDataString(noisy)}=%FF%FE%C3%28bad"); }   // invalid UTF-8
                    else form[noisy] = Pick(HostileText);
                }
                if (value is null) form.Remove(field);
                else form[field] = value;
                var body = string.Join('&', form.Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value)}").Concat(raw));
                yield return new HostileCase(target, $"{field} = {Show(value)}", Encoding.UTF8.GetBytes(body), field, "application/x-www-form-urlencoded");
            }
    }

    // Bodies that are not the expected JSON object at all. Field: "body" or none.
    private static IEnumerable<HostileCase> RawBodies(JsonObject valid)
    {
        var text = valid.ToJsonString();
        HostileCase Raw(string description, byte[] bytes) => new(HostileTarget.ApiNewRequest, description, bytes, null);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var at = text.IndexOf('"', text.IndexOf(':') + 1) + 1;   // inside the first string value
        yield return Raw("invalid UTF-8 inside a string", [.. utf8[..at], 0xFF, 0xFE, 0xC3, 0x28, .. utf8[at..]]);
        yield return Raw("invalid UTF-8 bytes only", [0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF8]);
        yield return Raw("UTF-16 with BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());
        yield return Raw("not JSON", "topic=hello&channel=phone"u8.ToArray());
        yield return Raw("truncated JSON", utf8[..(utf8.Length / 2)]);
        yield return Raw("trailing garbage", [.. utf8, .. "}}]]garbage"u8]);
        yield return Raw("JSON null", "null"u8.ToArray());
        yield return Raw("a JSON array", "[]"u8.ToArray());
        yield return Raw("a JSON number", "42"u8.ToArray());
        yield return Raw("a JSON string", "\"request\""u8.ToArray());
        yield return Raw("10,000 nested arrays", Encoding.ASCII.GetBytes(new string('[', 10_000) + new string(']', 10_000)));
        yield return Raw("nested objects 100 deep", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100)));
        yield return Raw("comments and single quotes", "{ /* hi */ 'topic': 'x' }"u8.ToArray());
        yield return Raw("a 2 MB array of junk", Encoding.ASCII.GetBytes("[" + string.Join(',', Enumerable.Repeat("{\"a\":[1,{\"b\":null}]}", 100_000)) + "]"));
    }

    // A megabyte takes a while to parse and to render back into a form: once is enough.
    private static int VariantsOf(object? value) => value is string { Length: > 100_000 } ? 1 : Variants;

    private void AddNoise(JsonObject body, string[] fields, string except)
    {
        foreach (var field in fields.Where(f => f != except && !f.StartsWith(except + ".", StringComparison.Ordinal) && !except.StartsWith(f + ".", StringComparison.Ordinal) && _random.Next(2) == 0))
            Set(body, field, Pick(HostileText));
    }

    private static void Set(JsonObject body, string path, object? value)
    {
        var parts = path.Split('.');
        JsonNode parent = body;
        foreach (var part in parts[..^1])
            parent = int.TryParse(part, out var i) ? parent[i]! : parent[part]!;
        var last = parts[^1];
        if (parent is JsonObject o)
        {
            if (value == Missing) o.Remove(last);
            else o[last] = ToNode(value);
        }
        else ((JsonArray)parent)[int.Parse(last, CultureInfo.InvariantCulture)] = ToNode(value);
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        _ => throw new ArgumentException($"No JSON for {value.GetType()}"),
    };

    // A valid body whose key comes a second time, first in the object, with another value: refused
    // like an unknown field, naming the key, whichever copy a reader would have kept.
    private static HostileCase Duplicated(HostileTarget target, JsonObject valid, string key, object value)
    {
        var text = valid.ToJsonString();
        var body = "{" + new JsonObject { [key] = ToNode(value) }.ToJsonString()[1..^1] + "," + text[1..];
        return new(target, $"{key} given twice", Encoding.UTF8.GetBytes(body), key.ToLowerInvariant());
    }

    private static HostileCase Json(HostileTarget target, string description, JsonObject body, string? field) =>
        new(target, description, Encoding.UTF8.GetBytes(body.ToJsonString()), field);

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Show(object? value) => value switch
    {
        null => "null",
        _ when value == Missing => "(missing)",
        string { Length: > 40 } s => $"\"{s[..10]}…\" ({s.Length} chars)",
        string s => $"\"{s}\"",
        JsonNode n => n.ToJsonString() is { Length: > 40 } j ? j[..40] + "…" : n.ToJsonString(),
        _ => value.ToString()!,
    };
}
