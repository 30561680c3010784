using System.Text.Json;
using Credentials.Proofs.Jws;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.KeyProofs;

/// <summary>
/// Verifies an OpenID4VCI 1.0 <c>jwt</c> key proof (Appendix F.1): the wallet signs the issuer's identifier and a
/// fresh c_nonce with the key the credential is to be bound to, and sends that public key in the <c>jwk</c> header.
/// Structure and allow-lists are judged before any cryptography; the nonce is returned for the caller to spend.
/// </summary>
public static class KeyProofVerifier
{
    /// <summary>The <c>typ</c> of a key proof (OpenID4VCI 1.0 Appendix F.1).</summary>
    public const string ProofType = "openid4vci-proof+jwt";

    /// <summary>The signing algorithms accepted, as credential issuer metadata lists them (HAIP: ES256; and EdDSA).</summary>
    public static readonly IReadOnlyList<string> Algorithms = [JwsAlgorithms.Es256, JwsAlgorithms.EdDsa];

    // Header parameters that name a key some other way: with jwk, any of them could pair an honest key's name with
    // a key the sender controls (Appendix F.1: exactly one of kid, jwk, x5c, trust_chain).
    private static readonly string[] OtherKeyHeaders = ["kid", "x5c", "trust_chain", "x5u", "jku", "key_attestation"];

    /// <summary>Verifies <paramref name="proof"/>; never throws for bad input.</summary>
    public static KeyProofResult Verify(string? proof, KeyProofExpectations expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (string.IsNullOrWhiteSpace(proof))
        {
            return KeyProofResult.Refused("The proof is empty.");
        }

        using var jws = CompactJws.TryParse(proof, out var error, out bool _);
        if (jws is null)
        {
            return KeyProofResult.Refused($"The proof is not a compact JWT: {error}.");
        }

        var header = jws.Header.RootElement;

        // RFC 7515 §4.1.9: "application/" may be left out of a typ; the two spellings are one type.
        if (jws.Type is not (ProofType or "application/" + ProofType))
        {
            return KeyProofResult.Refused($"The proof's typ must be {ProofType}.");
        }

        if (jws.Algorithm is not { } alg || !Algorithms.Contains(alg, StringComparer.Ordinal))
        {
            return KeyProofResult.Refused($"The proof's alg must be one of {string.Join(", ", Algorithms)}.");
        }

        if (header.TryGetProperty("crit", out _))
        {
            return KeyProofResult.Refused("The proof names critical header parameters this issuer does not understand.");
        }

        if (OtherKeyHeaders.FirstOrDefault(h => header.TryGetProperty(h, out _)) is { } other)
        {
            return KeyProofResult.Refused($"The proof names its key by jwk only; it also has {other}.");
        }

        if (!header.TryGetProperty("jwk", out var jwkJson))
        {
            return KeyProofResult.Refused("The proof's header has no jwk.");
        }

        if (Jwk.TryParse(jwkJson, out var jwkError) is not { } jwk)
        {
            return KeyProofResult.Refused($"The proof's jwk is not a usable public key: {jwkError}.");
        }

        if (jwk.D is not null)
        {
            return KeyProofResult.Refused("The proof's jwk holds a private key.");
        }

        if (!JwsAlgorithms.IsAllowed(alg, jwk.Kty, jwk.Crv))
        {
            return KeyProofResult.Refused($"The proof's alg {alg} does not go with its {jwk.Kty} {jwk.Crv} key.");
        }

        if (jws.PayloadJson?.RootElement is not { ValueKind: JsonValueKind.Object } claims)
        {
            return KeyProofResult.Refused("The proof's payload is not a JSON object.");
        }

        Microsoft.IdentityModel.Tokens.SecurityKey key;
        try
        {
            key = SecurityKeys.FromPublicJwk(jwk);
        }
        catch (ArgumentException)
        {
            return KeyProofResult.Refused("The proof's jwk is not a valid public key.");
        }

        if (JwsSignatureVerifier.VerifyAsync(jws, key, alg).GetAwaiter().GetResult() != JwsSignatureOutcome.Valid)
        {
            return KeyProofResult.Refused("The proof's signature does not verify with its jwk.");
        }

        return ClaimsProblem(claims, expected) is { } problem
            ? KeyProofResult.Refused(problem)
            : Nonce(claims) is { } nonce
                ? new KeyProofResult(jwk.ToPublic().ToJson(), nonce, null, null)
                : KeyProofResult.Refused("The proof has no nonce: get one from the nonce endpoint.", KeyProofProblem.MissingNonce);
    }

    private static string? ClaimsProblem(JsonElement claims, KeyProofExpectations expected)
    {
        // Appendix F.1: aud is the credential issuer identifier; a list would let one proof serve several issuers.
        if (!claims.TryGetProperty("aud", out var aud) || aud.ValueKind != JsonValueKind.String
            || !string.Equals(aud.GetString(), expected.CredentialIssuer, StringComparison.Ordinal))
        {
            return $"The proof's aud must be {expected.CredentialIssuer}.";
        }

        if (Seconds(claims, "iat") is not { } iat)
        {
            return "The proof has no iat.";
        }

        var now = expected.Now.ToUnixTimeSeconds();
        if (iat > now + (long)expected.ClockSkew.TotalSeconds)
        {
            return "The proof's iat is in the future.";
        }

        if (iat < now - (long)expected.MaxAge.TotalSeconds)
        {
            return "The proof's iat is too old: make a new proof.";
        }

        if (Seconds(claims, "exp") is { } exp && exp <= now - (long)expected.ClockSkew.TotalSeconds)
        {
            return "The proof has expired.";
        }

        return claims.TryGetProperty("exp", out var e) && e.ValueKind != JsonValueKind.Number ? "The proof's exp is not a number." : null;
    }

    private static long? Seconds(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)
            && d is > -1e12 and < 1e12
            ? (long)Math.Floor(d)
            : null;

    private static string? Nonce(JsonElement claims) =>
        claims.TryGetProperty("nonce", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() is { Length: > 0 } s ? s : null;
}
