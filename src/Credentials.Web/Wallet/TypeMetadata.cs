using System.Text.Json.Nodes;
using Credentials.Issuer.Wallet;

namespace Credentials.Web.Wallet;

/// <summary>
/// The type metadata of our micro-credential's <c>vct</c> (SD-JWT VC §6): its name and each claim's label in
/// Finnish, Swedish and English, and whether the claim is always disclosed or the holder chooses.
/// </summary>
internal static class TypeMetadata
{
    /// <summary>The label of <paramref name="claim"/> in <paramref name="language"/> (fi, sv, else en); the claim name when unknown.</summary>
    public static string Label(string claim, string language) => WalletClaimLabels.Label(claim, language);

    public static JsonObject For(string vct)
    {
        var claims = new JsonArray();
        foreach (var (claim, fi, sv, en) in WalletClaimLabels.All)
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
