using System.Text;
using PressDesk.Journalists;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

// French data as it comes: what French Excel saves ("CSV (séparateur : point-virgule)" is
// Windows-1252 with semicolons and the user's own column names), and an export a French user
// opens with a double click.
public class FrenchCsvTests : AppTest
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private void SpeakFrench() => Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

    private Task<long> CountAsync() => App.Database.ScalarAsync<long>("SELECT count(*) FROM journalists");

    [Fact]
    public async Task A_file_saved_by_French_Excel_imports_with_its_accents_and_French_headers()
    {
        SpeakFrench();
        var bytes = Windows1252.GetBytes(
            "Nom;Média;Rubrique;Courriel;Téléphone;Canal préféré;Notes;Langue\r\n" +
            "Hélène Crémieux;Libération;Énergie, climat;helene@example.org;01 23 45 67 89;Téléphone;Préfère être appelée après 9 h;français\r\n" +
            "François Léger;L'Équipe;Sport;francois@example.org;+33 6 12 34 56 78;courriel;;\r\n");
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));   // really not UTF-8

        var preview = await Client.PreviewCsvAsync(bytes);

        Assert.Empty(CsvUpload.Problems(preview));
        Assert.Equal("Importer 2 journalistes", preview.Text("#confirm-import"));
        Assert.Equal("Hélène Crémieux", preview.QuerySelector("#import-valid tr[data-row='2'] td:nth-child(2)")!.TextContent);
        await Client.ConfirmCsvAsync(preview);

        var (beat, outlet, channel, notes, language) = (await App.Database.QueryAsync<(string, string, string, string, string)>("""
            SELECT j.beat, o.name, j.preferred_channel, j.notes, j.language FROM journalists j JOIN outlets o ON o.id = j.outlet_id
            WHERE j.name = 'Hélène Crémieux'
            """)).Single();
        Assert.Equal(("Énergie, climat", "Libération", "phone", "Préfère être appelée après 9 h", "fr"), (beat, outlet, channel, notes, language));
        Assert.Equal("email", await App.Database.ScalarAsync<string>("SELECT preferred_channel FROM journalists WHERE name = 'François Léger'"));
        Assert.Equal("L'Équipe", await App.Database.ScalarAsync<string>(
            "SELECT o.name FROM journalists j JOIN outlets o ON o.id = j.outlet_id WHERE j.name = 'François Léger'"));
    }

    [Theory]
    [InlineData("NOM,MEDIA,E-MAIL,TELEPHONE,CANAL PREFERE\n")]
    [InlineData("nom\tmédia\te-mail\ttéléphone\tcanal_préféré\n")]
    [InlineData("Name|Outlet|Email|Phone|Preferred channel\n")]
    [InlineData("sep=;\nName;Média;Email;Téléphone;Canal préféré\n")]
    public async Task Headers_match_without_case_or_accents_and_the_separator_is_the_header_lines_own(string header)
    {
        var separator = header.Contains("sep=") ? ';' : header.First(c => c is ',' or '\t' or '|' or ';');
        var row = string.Join(separator, "Anne Bréval", "Le Monde, Paris", "anne@example.org", "01 23 45 67 89", "phone");
        var preview = await Client.PreviewCsvAsync(Encoding.UTF8.GetBytes(header + row.Replace("Le Monde, Paris", separator == ',' ? "\"Le Monde, Paris\"" : "Le Monde, Paris") + "\n"));

        Assert.Empty(CsvUpload.Problems(preview));
        await Client.ConfirmCsvAsync(preview);
        Assert.Equal(1, await App.Database.ScalarAsync<long>("""
            SELECT count(*) FROM journalists j JOIN outlets o ON o.id = j.outlet_id
            WHERE j.name = 'Anne Bréval' AND o.name = 'Le Monde, Paris' AND j.email = 'anne@example.org' AND j.phone = '01 23 45 67 89' AND j.preferred_channel = 'phone'
            """));
    }

    [Fact]
    public async Task Import_errors_are_in_French_for_a_French_user_and_name_the_column_as_the_file_does()
    {
        SpeakFrench();
        var preview = await Client.PreviewCsvAsync(Encoding.UTF8.GetBytes("Média;Fax\nLe Monde;01\n"));

        Assert.Equal([("1", "name"), ("1", "Fax")], CsvUpload.Problems(preview));
        Assert.Contains("La colonne obligatoire « nom » est absente de la première ligne.", preview.Text("#import-problems tr[data-column='name']"));
        Assert.Contains("Colonne inconnue ; colonnes attendues : nom, média, rubrique, email, téléphone, canal préféré, notes, langue.",
            preview.Text("#import-problems tr[data-column='Fax']"));

        var rows = await Client.PreviewCsvAsync(Encoding.UTF8.GetBytes("Nom;Courriel;Langue\n;a@example.org;\nPaul Durand;paul-at-example;allemand\n"));
        Assert.Equal([("2", "name"), ("3", "email"), ("3", "language")], CsvUpload.Problems(rows));
        Assert.Equal("Nom", rows.QuerySelector("#import-problems tr[data-row='2'] td:nth-child(2)")!.TextContent);
        Assert.Contains("Nom est obligatoire.", rows.Text("#import-problems tr[data-row='2']"));
        Assert.Contains("« paul-at-example » n’est pas une adresse e-mail", rows.Text("#import-problems tr[data-column='email']"));
        Assert.Contains("La langue doit être le français (fr), l’anglais (en) ou rester vide.", rows.Text("#import-problems tr[data-column='language']"));
    }

    [Fact]
    public async Task A_French_export_has_semicolons_a_BOM_and_French_headers_and_imports_back_as_it_was()
    {
        SpeakFrench();
        await Client.CreateJournalistAsync(new Dictionary<string, string>
        {
            ["Name"] = "Hélène Crémieux", ["Outlet"] = "Les Échos; Paris", ["Email"] = "helene@example.org",
            ["Phone"] = "+33 6 12 34 56 78", ["Beat"] = "=cmd", ["Notes"] = "Ligne un\nLigne « deux »", ["PreferredChannel"] = "inPerson",
            ["Language"] = "en",
        });

        var export = await Client.GetAsync("/journalists/export.csv");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("\uFEFFnom;média;rubrique;email;téléphone;canal préféré;notes;langue\r\n", text);
        Assert.Contains(";+33 6 12 34 56 78;", text);          // a phone number is not a formula: no apostrophe
        Assert.Contains(";'=cmd;", text);                       // a formula is shown as text
        Assert.Contains("\"Les Échos; Paris\"", text);          // the separator inside a cell is quoted
        Assert.Contains(";en personne;", text);

        await App.Database.ScalarAsync<long>("DELETE FROM journalists");
        var preview = await Client.PreviewCsvAsync(bytes);
        Assert.Empty(CsvUpload.Problems(preview));
        await Client.ConfirmCsvAsync(preview);

        var back = await App.Database.ScalarAsync<string>("""
            SELECT concat_ws('|', j.name, o.name, j.beat, j.email, j.phone, j.preferred_channel, j.notes, j.language)
            FROM journalists j JOIN outlets o ON o.id = j.outlet_id
            """);
        Assert.Equal("Hélène Crémieux|Les Échos; Paris|=cmd|helene@example.org|+33 6 12 34 56 78|inPerson|Ligne un\nLigne « deux »|en", back);
    }

    [Theory]
    [InlineData("+33 6 12 34 56 78", "+33 6 12 34 56 78")]
    [InlineData("-", "'-")]
    [InlineData("+33 (0)1 23.45.67-89", "+33 (0)1 23.45.67-89")]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+SUM(1,2)", "'+SUM(1,2)")]
    [InlineData("-2+3+cmd|'/C calc'!A0", "'-2+3+cmd|'/C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("Claire", "Claire")]
    public void Only_a_cell_that_starts_like_a_formula_and_is_not_a_phone_number_gets_an_apostrophe(string cell, string written) =>
        Assert.Equal(written, JournalistCsv.Escape(cell));
}
