using System.Text.Json.Nodes;
using Credentials.Issuer.Wallet;

namespace Credentials.Web.Wallet;

/// <summary>
/// The type metadata of our micro-credential's <c>vct</c> (SD-JWT VC §6): its name and each claim's label in
/// Finnish, Swedish and English, and whether the claim is always disclosed or the holder chooses.
/// </summary>
internal static class TypeMetadata
{
    private static readonly (string Claim, string Fi, string Sv, string En)[] Labels =
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
        foreach (var label in Labels)
        {
            if (label.Claim == claim)
            {
                return language switch { "fi" => label.Fi, "sv" => label.Sv, _ => label.En };
            }
        }

        return claim;
    }

    public static JsonObject For(string vct)
    {
        var claims = new JsonArray();
        foreach (var (claim, fi, sv, en) in Labels)
        {
            claims.Add(new JsonObject
            {
                ["path"] = new JsonArray(claim),
                ["display"] = Display("label", fi, sv, en),
                ["sd"] = WalletClaimNames.SelectivelyDisclosable.Contains(claim) ? "always" : "never",
            });
        }

        return new JsonObject
        {
            ["vct"] = vct,
            ["name"] = "Micro-credential",
            ["description"] = "An EU micro-credential (Council Recommendation 2022/C 243/02, Annex I) awarded by a higher education institution.",
            ["display"] = Display("name", "Mikrotutkinto", "Mikromeritet", "Micro-credential"),
            ["claims"] = claims,
        };
    }

    private static JsonArray Display(string member, string fi, string sv, string en) =>
    [
        new JsonObject { ["lang"] = "fi", [member] = fi },
        new JsonObject { ["lang"] = "sv", [member] = sv },
        new JsonObject { ["lang"] = "en", [member] = en },
    ];
}
