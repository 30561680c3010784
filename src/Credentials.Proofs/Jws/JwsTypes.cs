using Credentials.Proofs.Findings;

namespace Credentials.Proofs.Jws;

/// <summary>
/// The <c>typ</c> and <c>cty</c> each kind of token must carry, in one place (RFC 7515 §4.1.9–10: media types,
/// compared case-insensitively, the <c>application/</c> prefix optional; RFC 8725 §3.11: explicit typing keeps one
/// kind of token from being accepted as another).
/// </summary>
public static class JwsTypes
{
    /// <summary>VC Data Model 1.1 §6.3.1: <c>typ</c> absent or <c>JWT</c>.</summary>
    public static readonly JwsTypeRule VcJwt11 = new("a VC-JWT credential", ["JWT"], TypeOptional: true, ContentTypes: null);

    /// <summary>VC-JOSE-COSE §3.1.1: <c>typ</c> <c>vc+jwt</c>; <c>cty</c>, when present, <c>vc</c>.</summary>
    public static readonly JwsTypeRule VcJose = new("a VC-JOSE credential", ["vc+jwt"], TypeOptional: false, ContentTypes: ["vc"]);

    /// <summary>SD-JWT VC §3.2.1: the issuer-signed JWT is typed <c>dc+sd-jwt</c>.</summary>
    public static readonly JwsTypeRule SdJwtVc = new("an SD-JWT VC", [SdJwt.SdJwtNames.CredentialType], TypeOptional: false, ContentTypes: null);

    /// <summary>RFC 9901 §4.3: a Key Binding JWT is typed <c>kb+jwt</c>.</summary>
    public static readonly JwsTypeRule KeyBinding = new("a key binding", [SdJwt.SdJwtNames.KeyBindingType], TypeOptional: false, ContentTypes: null);

    /// <summary>Token Status List §5.1: a status list token is typed <c>statuslist+jwt</c>.</summary>
    public static readonly JwsTypeRule TokenStatusList = new("a Token Status List", [SdJwt.SdJwtNames.StatusListType], TypeOptional: false, ContentTypes: null);

    /// <summary>The problem with <paramref name="jws"/>'s <c>typ</c>/<c>cty</c> under <paramref name="rule"/>, or null.</summary>
    public static Finding? Problem(CompactJws jws, JwsTypeRule rule)
    {
        ArgumentNullException.ThrowIfNull(jws);
        ArgumentNullException.ThrowIfNull(rule);
        var header = jws.Header.RootElement;
        if (!header.TryGetProperty("typ", out var typ))
        {
            return rule.TypeOptional ? null : Finding.Failed(CheckCodes.FormatTokenTypeInvalid, $"The token has no 'typ'; {rule.What} is typed '{rule.Types[0]}'.", "/header/typ");
        }

        if (typ.ValueKind != System.Text.Json.JsonValueKind.String || !Matches(typ.GetString()!, rule.Types))
        {
            return Finding.Failed(CheckCodes.FormatTokenTypeInvalid, $"The token is typed '{Shown(typ)}', not '{rule.Types[0]}': it is not {rule.What}.", "/header/typ");
        }

        if (rule.ContentTypes is { } allowed && header.TryGetProperty("cty", out var cty)
            && (cty.ValueKind != System.Text.Json.JsonValueKind.String || !Matches(cty.GetString()!, allowed)))
        {
            return Finding.Failed(CheckCodes.FormatTokenTypeInvalid, $"The token's content type is '{Shown(cty)}', not '{allowed[0]}'.", "/header/cty");
        }

        return null;
    }

    private static bool Matches(string value, IReadOnlyList<string> allowed)
    {
        var bare = value.StartsWith("application/", StringComparison.OrdinalIgnoreCase) ? value["application/".Length..] : value;
        return allowed.Any(a => string.Equals(a, bare, StringComparison.OrdinalIgnoreCase));
    }

    private static string Shown(System.Text.Json.JsonElement e) =>
        e.ValueKind == System.Text.Json.JsonValueKind.String ? Abbreviations.Short(e.GetString()!) : e.ValueKind.ToString().ToLowerInvariant();
}
