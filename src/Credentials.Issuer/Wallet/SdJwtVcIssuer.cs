using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Status;
using Credentials.Proofs.Keys;
using Credentials.Proofs.SdJwt;

namespace Credentials.Issuer.Wallet;

/// <summary>
/// Issues the award as an SD-JWT VC (<c>typ: dc+sd-jwt</c>): <c>vct</c> = <see cref="WalletUrls.Vct"/>, <c>iss</c> =
/// the issuer DID (the <c>kid</c> is its verification method, SD-JWT VC §3.5), <c>iat</c> now, <c>nbf</c>/<c>exp</c>
/// from <c>validFrom</c>/<c>expirationDate</c>, <c>cnf.jwk</c> the holder key (RFC 7800), the course, issuer, ECTS,
/// EQF and outcomes always disclosed, the learner's identity and grade one disclosure each, and a Token Status List
/// reference (<c>status.status_list</c>) to the registry row's revocation entry. Thread-safe.
/// </summary>
public sealed class SdJwtVcIssuer : IWalletCredentialIssuer
{
    private readonly IssuerKey _key;
    private readonly WalletUrls _urls;
    private readonly TimeProvider _time;
    private readonly SdJwtSigner _signer;

    /// <summary>Creates the issuer; it signs as <paramref name="key"/> (Ed25519 → EdDSA, P-256 → ES256).</summary>
    public SdJwtVcIssuer(IssuerKey key, WalletUrls urls, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(time);
        _key = key;
        _urls = urls;
        _time = time;
        _signer = new SdJwtSigner(key.Key, key.KeyId);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The request names another issuer than this key's, or its holder key is not a public Ed25519 or P-256 JWK.</exception>
    public Task<WalletCredential> IssueAsync(WalletIssueRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (!string.Equals(request.Issuer, _key.Did, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the award is {request.Issuer}'s, and this service signs as {_key.Did}", nameof(request));
        }

        var holder = Jwk.TryParse(JsonSerializer.SerializeToElement(request.HolderKey), out var keyError);
        if (holder is null || holder.D is not null || holder.Kty is not ("OKP" or "EC") || holder.Crv is not ("Ed25519" or "P-256"))
        {
            throw new ArgumentException("the holder key must be a public Ed25519 or P-256 JWK" + (keyError is null ? string.Empty : ": " + keyError), nameof(request));
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var claims = new JsonObject
        {
            ["iss"] = _key.Did,
            ["vct"] = _urls.Vct,
            ["iat"] = now,
        };
        if (Seconds(request.Credential["validFrom"]) is { } nbf)
        {
            claims["nbf"] = nbf;
        }

        if (Seconds(request.Credential["expirationDate"] ?? request.Credential["validUntil"]) is { } exp)
        {
            claims["exp"] = exp;
        }

        claims["cnf"] = new JsonObject { ["jwk"] = holder.ToPublic().ToJson() };
        if (request.Status.FirstOrDefault(s => s.Purpose == StatusPurpose.Revocation) is { } revocation)
        {
            claims["status"] = new JsonObject
            {
                ["status_list"] = new JsonObject { ["idx"] = revocation.Index, ["uri"] = _urls.TokenStatusList(revocation.ListId) },
            };
        }

        foreach (var (name, value) in WalletClaims.From(request.Credential))
        {
            claims[name] = value?.DeepClone();
        }

        var compact = _signer.Sign(claims, WalletClaimNames.SelectivelyDisclosable.ToList());
        return Task.FromResult(new WalletCredential(compact, _urls.Vct));
    }

    private static long? Seconds(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String
        && DateTimeOffset.TryParse(v.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUnixTimeSeconds()
            : null;
}
