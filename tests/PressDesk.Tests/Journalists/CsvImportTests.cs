using System.Net;
using System.Text;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

public class CsvImportTests : AppTest
{
    private Task<IDocument> PreviewAsync(byte[] content) => Client.PreviewCsvAsync(content);

    private Task<HttpResponseMessage> ConfirmAsync(IDocument preview, string? token = null) => Client.ConfirmCsvAsync(preview, token);

    private static List<(string Row, string Column)> Problems(IDocument preview) => CsvUpload.Problems(preview);

    private Task<long> CountAsync() => App.Database.ScalarAsync<long>("SELECT count(*) FROM journalists");

    private static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public async Task A_file_with_a_BOM_and_a_quoted_comma_previews_each_problem_by_row_and_imports_exactly_the_valid_rows_once_confirmed()
    {
        var csv = Utf8WithBom(
            "name,outlet,beat,email,phone\r\n" +
            "Claire Martin,\"Dow Jones, Inc.\",energy,claire@example.org,+33 1 23 45 67 89\r\n" +
            ",Le Monde,,nobody@example.org,\r\n" +
            "Paul Durand,Le Monde,politics,paul-at-example,\r\n" +
            $"Anna Long,Libération,{new string('x', 201)},,\r\n" +
            "\"Marc \"\"Le Grand\"\" Petit\",Le Figaro,,marc@example.org,\r\n");

        var preview = await PreviewAsync(csv);

        Assert.Equal([("3", "name"), ("4", "email"), ("5", "beat")], Problems(preview));
        Assert.Contains("Name is required.", preview.Text("#import-problems tr[data-row='3']"));
        Assert.Contains("'paul-at-example' is not an email address", preview.Text("#import-problems tr[data-row='4']"));
        Assert.Contains("Beat is at most 200 characters (this one has 201).", preview.Text("#import-problems tr[data-row='5']"));
        Assert.Equal(["2", "6"], preview.QuerySelectorAll("#import-valid tbody tr").Select(tr => tr.GetAttribute("data-row")!));
        Assert.Equal("Dow Jones, Inc.", preview.QuerySelector("#import-valid tr[data-row='2'] td:nth-child(3)")!.TextContent);
        Assert.Equal(0, await CountAsync());   // nothing stored by the preview

        var confirmed = await ConfirmAsync(preview);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/journalists?imported=2", confirmed.Headers.Location!.OriginalString);
        Assert.Equal(2, await CountAsync());
        Assert.Equal(1, await App.Database.ScalarAsync<long>(
            "SELECT count(*) FROM journalists j JOIN outlets o ON o.id = j.outlet_id WHERE j.name = 'Claire Martin' AND o.name = 'Dow Jones, Inc.' AND j.email = 'claire@example.org' AND j.phone = '+33 1 23 45 67 89' AND j.beat = 'energy'"));
        Assert.Equal(1, await App.Database.ScalarAsync<long>("SELECT count(*) FROM journalists WHERE name = 'Marc \"Le Grand\" Petit'"));
    }

    [Fact]
    public async Task A_semicolon_separated_file_is_detected_and_keeps_commas_and_quoted_semicolons_inside_fields()
    {
        var csv = Encoding.UTF8.GetBytes(
            "Name;Outlet;Email;Notes\n" +
            "Jean Dupont;Le Parisien, Paris;jean@example.org;\"Prefers calls; never before 9, please\"\n" +
            "Sophie Bernard;Ouest-France;sophie@example;ok\n");

        var preview = await PreviewAsync(csv);

        Assert.Equal([("3", "email")], Problems(preview));
        await ConfirmAsync(preview);
        Assert.Equal("Prefers calls; never before 9, please", await App.Database.ScalarAsync<string>("SELECT notes FROM journalists WHERE name = 'Jean Dupont'"));
        Assert.Equal("Le Parisien, Paris", await App.Database.ScalarAsync<string>("SELECT o.name FROM journalists j JOIN outlets o ON o.id = j.outlet_id"));
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_file_without_the_required_name_column_is_refused_at_the_header_with_nothing_to_confirm()
    {
        var preview = await PreviewAsync(Encoding.UTF8.GetBytes("outlet,email\nLe Monde,a@example.org\n"));

        Assert.Equal([("1", "name")], Problems(preview));
        Assert.Contains("The required column 'name' is missing", preview.Text("#import-problems"));
        Assert.Null(preview.QuerySelector("#confirm-import"));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task A_row_for_someone_already_in_the_directory_or_twice_in_the_file_is_not_imported_again()
    {
        await Api.RequestAsync(Now.AddMinutes(-5), name: "Claire Martin", outlet: "Les Echos");

        var preview = await PreviewAsync(Encoding.UTF8.GetBytes(
            "name,outlet\nclaire martin,les echos\nPaul Durand,Le Monde\nPAUL DURAND,LE MONDE\n"));

        Assert.Equal([("2", "name"), ("4", "name")], Problems(preview));
        Assert.Contains("The same journalist as row 3.", preview.Text("#import-problems tr[data-row='4']"));
        await ConfirmAsync(preview);
        Assert.Equal(2, await CountAsync());
    }

    [Fact]
    public async Task A_tampered_or_expired_preview_imports_nothing()
    {
        var preview = await PreviewAsync(Encoding.UTF8.GetBytes("name\nClaire Martin\n"));
        var token = preview.QuerySelector("input[name=token]")!.GetAttribute("value")!;

        var tampered = await Forms.ParseAsync(await ConfirmAsync(preview, token[..^4] + "AAAA"));
        Assert.Contains("This preview has expired or is not valid", tampered.Text(".errors"));

        Time.Advance(TimeSpan.FromHours(2));
        var client = await App.CreateSignedInClientAsync();
        var page = await client.GetPageAsync("/journalists/import");
        var expired = await client.PostFormAsync("/journalists/import", page, new Dictionary<string, string> { ["token"] = token }, "Confirm");
        Assert.Contains("This preview has expired or is not valid", (await Forms.ParseAsync(expired)).Text(".errors"));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task The_CSV_export_imports_back_as_it_was_formulas_escaped()
    {
        await Client.CreateJournalistAsync(new Dictionary<string, string>
        {
            ["Name"] = "Claire Martin", ["Outlet"] = "Dow Jones, Inc.", ["Email"] = "claire@example.org",
            ["Phone"] = "+33 1 23 45 67 89", ["Beat"] = "=energy", ["Notes"] = "Line one\nLine \"two\"", ["PreferredChannel"] = "email",
        });

        var export = await Client.GetAsync("/journalists/export.csv");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("\uFEFFname,outlet,beat,email,phone,preferred_channel,notes,language\r\n", text);   // English: commas
        Assert.Contains("'=energy", text);   // a spreadsheet shows it as text instead of running it
        Assert.Contains(",+33 1 23 45 67 89,", text);   // a phone number is not a formula

        await App.Database.ScalarAsync<long>("DELETE FROM journalists");
        await ConfirmAsync(await PreviewAsync(bytes));
        Assert.Equal("=energy", await App.Database.ScalarAsync<string>("SELECT beat FROM journalists"));
        Assert.Equal("+33 1 23 45 67 89", await App.Database.ScalarAsync<string>("SELECT phone FROM journalists"));
        Assert.Equal("Line one\nLine \"two\"", await App.Database.ScalarAsync<string>("SELECT notes FROM journalists"));
        Assert.Equal("email", await App.Database.ScalarAsync<string>("SELECT preferred_channel FROM journalists"));
    }
}
