using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;
using Credentials.Proofs.VcJwt;

namespace Credentials.Proofs.SdJwt;

/// <summary>
/// The holder's side (RFC 9901 §4.3, §7.2 read backwards): keeps the chosen disclosures of an issued SD-JWT and appends
/// a Key Binding JWT signed with the holder key. For wallets in tests and for the CLI; the verifier never uses it.
/// </summary>
public static class SdJwtPresenter
{
    /// <summary>
    /// Presents <paramref name="issued"/> with only the disclosures whose claim name is in <paramref name="disclose"/>,
    /// bound to <paramref name="audience"/> and <paramref name="nonce"/> at <paramref name="issuedAt"/>.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="issued"/> is not an SD-JWT or holds an unreadable disclosure.</exception>
    public static string Present(string issued, IReadOnlyCollection<string> disclose, SigningKey holder, string audience, string nonce, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(issued);
        ArgumentNullException.ThrowIfNull(disclose);
        ArgumentNullException.ThrowIfNull(holder);
        var parts = issued.Split(SdJwtNames.Separator);
        if (parts.Length < 2 || parts[0].Length == 0)
        {
            throw new FormatException("not an SD-JWT: no '~' after the issuer-signed JWT");
        }

        var kept = new StringBuilder(parts[0]).Append(SdJwtNames.Separator);
        foreach (var encoded in parts.Skip(1).Where(p => p.Length > 0))
        {
            var disclosure = Disclosure.TryParse(encoded, out var error) ?? throw new FormatException("a disclosure is unreadable: " + error);
            if (disclosure.Name is { } name && disclose.Contains(name))
            {
                kept.Append(encoded).Append(SdJwtNames.Separator);
            }
        }

        var presented = kept.ToString();
        var claims = new JsonObject
        {
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["aud"] = audience,
            ["nonce"] = nonce,
            ["sd_hash"] = SdHash(presented),
        };
        var kb = new VcJwtSigner(holder, "holder").Sign(claims.ToJsonString(VcJwtSigner.PayloadJson), SdJwtNames.KeyBindingType);
        return presented + kb;
    }

    /// <summary>The <c>sd_hash</c> of an SD-JWT (everything up to and including the last <c>~</c>), RFC 9901 §4.3.1.</summary>
    public static string SdHash(string sdJwt)
    {
        ArgumentNullException.ThrowIfNull(sdJwt);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(sdJwt)));
    }
}
