using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.Issuer.Wallet;

/// <summary>
/// How the claims of our micro-credential's SD-JWT VC read to people, in Finnish, Swedish and English: the labels the
/// type metadata publishes and the page and the CLI show beside disclosed claims.
/// </summary>
public static class WalletClaimLabels
{
    /// <summary>Each claim with its fi, sv and en label.</summary>
    public static IReadOnlyList<(string Claim, string Fi, string Sv, string En)> All { get; } =
    [
        (WalletClaimNames.Title, "Opintokokonaisuus", "Studiehelhet", "Course"),
        (WalletClaimNames.IssuerName, "Myöntäjä", "Utfärdare", "Issuer"),
        (WalletClaimNames.Ects, "Opintopisteet (ECTS)", "Studiepoäng (ECTS)", "Credits (ECTS)"),
        (WalletClaimNames.EqfLevel, "EQF-taso", "EQF-nivå", "EQF level"),
        (WalletClaimNames.LearningOutcomes, "Osaamistavoitteet", "Lärandemål", "Learning outcomes"),
        (WalletClaimNames.AwardingDate, "Myönnetty", "Utfärdat", "Awarded on"),
        (WalletClaimNames.GivenName, "Etunimi", "Förnamn", "Given name"),
        (WalletClaimNames.FamilyName, "Sukunimi", "Efternamn", "Family name"),
        (WalletClaimNames.Birthdate, "Syntymäaika", "Födelsedatum", "Date of birth"),
        (WalletClaimNames.StudentNumber, "Opiskelijanumero", "Studentnummer", "Student number"),
        (WalletClaimNames.NationalId, "Henkilötunnus", "Personbeteckning", "National identifier"),
        (WalletClaimNames.Email, "Sähköposti", "E-post", "E-mail"),
        (WalletClaimNames.Grade, "Arvosana", "Vitsord", "Grade"),
    ];

    /// <summary>The label of <paramref name="claim"/> in <paramref name="language"/> (fi, sv, else en); the claim name when unknown.</summary>
    public static string Label(string claim, string language)
    {
        foreach (var label in All)
        {
            if (label.Claim == claim)
            {
                return language switch { "fi" => label.Fi, "sv" => label.Sv, _ => label.En };
            }
        }

        return claim;
    }

    /// <summary>The claim a disclosure's JSON Pointer names (<c>/given_name</c> → <c>given_name</c>).</summary>
    public static string ClaimOf(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        return pointer.TrimStart('/').Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }

    /// <summary>A disclosed value as text: a language map in <paramref name="language"/> (else its first entry), a list item by item, anything else as JSON.</summary>
    public static string Text(JsonNode? value, string language) => value switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonObject map when map[language] is JsonValue local && local.GetValueKind() == JsonValueKind.String => local.GetValue<string>(),
        JsonObject map when map.Count > 0 && map.All(p => p.Value is JsonValue s && s.GetValueKind() == JsonValueKind.String) => map.First().Value!.GetValue<string>(),
        JsonArray list => string.Join("; ", list.Select(item => Text(item, language))),
        _ => value.ToJsonString(),
    };
}
