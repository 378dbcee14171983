using System.Globalization;
using PressDesk.Localization;
using PressDesk.Prep;
using PressDesk.Requests;

namespace PressDesk.Journalists;

// One column of the directory's CSV: the JournalistInput field it fills, its header in each
// language (what the export writes), and every header the import takes for it.
public sealed record CsvColumn(string Field, string English, string French, params string[] Aliases)
{
    public string Header(CultureInfo culture) => Languages.IsFrench(culture) ? French : English;
}

// The columns by name, in English or in French as French spreadsheets name them. Headers are
// compared folded (no case, no accents, spaces and hyphens as underscores): "Média", "MEDIA" and
// "media" are one column, as are "Canal préféré" and "canal_prefere", "E-mail" and "courriel".
public static class CsvColumns
{
    public static readonly CsvColumn Name = new(nameof(JournalistInput.Name), "name", "nom", "name", "nom");
    public static readonly CsvColumn Outlet = new(nameof(JournalistInput.Outlet), "outlet", "média", "outlet", "media");
    public static readonly CsvColumn Beat = new(nameof(JournalistInput.Beat), "beat", "rubrique", "beat", "rubrique");
    public static readonly CsvColumn Email = new(nameof(JournalistInput.Email), "email", "email", "email", "e_mail", "courriel", "mail");
    public static readonly CsvColumn Phone = new(nameof(JournalistInput.Phone), "phone", "téléphone", "phone", "telephone", "tel");
    public static readonly CsvColumn PreferredChannel = new(nameof(JournalistInput.PreferredChannel), "preferred_channel", "canal préféré", "preferred_channel", "canal_prefere", "canal");
    public static readonly CsvColumn Notes = new(nameof(JournalistInput.Notes), "notes", "notes", "notes", "note", "remarques");
    public static readonly CsvColumn Language = new(nameof(JournalistInput.Language), "language", "langue", "language", "langue");

    public static IReadOnlyList<CsvColumn> All { get; } = [Name, Outlet, Beat, Email, Phone, PreferredChannel, Notes, Language];

    public static CsvColumn? Find(string header)
    {
        var folded = Fold(header);
        return All.FirstOrDefault(c => c.Aliases.Contains(folded));
    }

    public static CsvColumn OfField(string field) => All.First(c => c.Field == field);

    // The headers a user may write, for the message about an unknown column.
    public static string Expected(CultureInfo culture) => string.Join(", ", All.Select(c => c.Header(culture)));

    public static string Fold(string header)
    {
        var folded = Wording.Fold(header.Trim()).Replace(' ', '_').Replace('-', '_');
        while (folded.Contains("__", StringComparison.Ordinal)) folded = folded.Replace("__", "_");
        return folded;
    }

    // A channel as French files write it ("Téléphone", "courriel", "en personne"); English names are
    // read by Channels.TryParse itself.
    private static readonly Dictionary<string, Channel> FrenchChannels = new()
    {
        ["telephone"] = Channel.Phone, ["tel"] = Channel.Phone,
        ["messagerie_vocale"] = Channel.Voicemail, ["repondeur"] = Channel.Voicemail,
        ["e_mail"] = Channel.Email, ["courriel"] = Channel.Email, ["mail"] = Channel.Email,
        ["reseaux_sociaux"] = Channel.Social, ["reseau_social"] = Channel.Social,
        ["en_personne"] = Channel.InPerson, ["de_visu"] = Channel.InPerson,
        ["autre"] = Channel.Other,
    };

    public static string? ChannelText(string? cell) =>
        cell is not null && FrenchChannels.TryGetValue(Fold(cell), out var channel) ? channel.Name() : cell;

    public static string? ChannelCell(Channel? channel, CultureInfo culture) => channel switch
    {
        null => null,
        _ when !Languages.IsFrench(culture) => channel.Value.Name(),
        Channel.Phone => "téléphone",
        Channel.Voicemail => "messagerie vocale",
        Channel.Email => "e-mail",
        Channel.Sms => "SMS",
        Channel.Social => "réseaux sociaux",
        Channel.InPerson => "en personne",
        _ => "autre",
    };
}
