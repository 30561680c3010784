using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;
using Credentials.Proofs.VcJwt;

namespace Credentials.Proofs.SdJwt;

/// <summary>
/// Issues SD-JWTs (RFC 9901 §4): the named top-level claims leave the payload as one disclosure each, their digests
/// (with decoys) go into <c>_sd</c>, and the issuer-signed JWT is typed <c>dc+sd-jwt</c> (SD-JWT VC §3.2.1).
/// </summary>
public sealed class SdJwtSigner
{
    private readonly VcJwtSigner _jwt;

    /// <summary>Creates a signer for <paramref name="key"/>, whose verification method id (<c>kid</c>) is <paramref name="keyId"/>.</summary>
    public SdJwtSigner(SigningKey key, string keyId) => _jwt = new VcJwtSigner(key, keyId);

    /// <summary>
    /// Signs <paramref name="claims"/> with the claims named in <paramref name="selectivelyDisclosable"/> (those present)
    /// made selectively disclosable, and <paramref name="decoys"/> decoy digests beside them (RFC 9901 §4.2.5).
    /// </summary>
    /// <returns>The SD-JWT: the issuer-signed JWT and every disclosure, each followed by <c>~</c>.</returns>
    /// <exception cref="ArgumentException">A claim named selectively disclosable is one the SD-JWT VC must keep plain (<c>iss</c>, <c>vct</c>, <c>cnf</c>, <c>status</c>, the dates, <c>_sd</c>, <c>_sd_alg</c>), or <paramref name="decoys"/> is negative.</exception>
    public string Sign(JsonObject claims, IReadOnlyCollection<string> selectivelyDisclosable, int decoys = 2)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(selectivelyDisclosable);
        ArgumentOutOfRangeException.ThrowIfNegative(decoys);
        if (selectivelyDisclosable.FirstOrDefault(SdJwtClaims.MustBePlain) is { } plain)
        {
            throw new ArgumentException($"'{plain}' cannot be selectively disclosable in an SD-JWT VC", nameof(selectivelyDisclosable));
        }

        var payload = (JsonObject)claims.DeepClone();
        var disclosures = new List<Disclosure>();
        foreach (var name in selectivelyDisclosable.Where(payload.ContainsKey))
        {
            disclosures.Add(Disclosure.Create(name, payload[name]));
            payload.Remove(name);
        }

        // Sorted digests say nothing about the order the claims were in (RFC 9901 §4.2.4.1), nor which are decoys.
        var digests = disclosures.Select(d => d.Digest).Concat(Enumerable.Range(0, decoys).Select(_ => Disclosure.Decoy())).Order(StringComparer.Ordinal);
        payload[SdJwtNames.Digests] = new JsonArray(digests.Select(d => (JsonNode)JsonValue.Create(d)).ToArray());
        payload[SdJwtNames.DigestAlgorithm] = SdJwtNames.Sha256;

        var text = new StringBuilder(_jwt.Sign(payload.ToJsonString(VcJwtSigner.PayloadJson), SdJwtNames.CredentialType));
        text.Append(SdJwtNames.Separator);
        foreach (var disclosure in disclosures)
        {
            text.Append(disclosure.Encoded).Append(SdJwtNames.Separator);
        }

        return text.ToString();
    }
}
