using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Keys;
using Credentials.Proofs.VcJwt;

namespace Credentials.Proofs.Presentations;

/// <summary>
/// Signs a presentation as its holder, for one verifier's <c>challenge</c> (and optionally its <c>domain</c>): with a
/// Data Integrity proof of purpose <c>authentication</c>, or as a VP-JWT (VC Data Model 1.1 §6.3.1).
/// </summary>
public static class PresentationSigner
{
    /// <summary>
    /// Adds a <c>DataIntegrityProof</c> with <c>proofPurpose</c> <c>authentication</c>, the <paramref name="challenge"/>
    /// and the <paramref name="domain"/> (VC Data Integrity 1.0 §2.1) to a copy of the presentation.
    /// </summary>
    /// <param name="presentation">The unsigned presentation (see <see cref="PresentationBuilder"/>); not modified.</param>
    /// <param name="key">The holder's Ed25519 key.</param>
    /// <param name="verificationMethod">The key's verification method id; its DID must be the presentation's holder.</param>
    /// <param name="cryptosuite"><see cref="Cryptosuites.EddsaRdfc2022"/> or <see cref="Cryptosuites.EddsaJcs2022"/>.</param>
    /// <param name="challenge">The verifier's challenge.</param>
    /// <param name="domain">The verifier's domain, or null.</param>
    /// <param name="time">The clock for the proof's <c>created</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The signed presentation.</returns>
    /// <exception cref="ArgumentException">As for <see cref="DataIntegrityProofs.SignAsync"/>; or no challenge.</exception>
    public static Task<JsonObject> SignDataIntegrityAsync(
        JsonObject presentation,
        SigningKey key,
        string verificationMethod,
        string cryptosuite,
        string challenge,
        string? domain,
        TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentException.ThrowIfNullOrEmpty(challenge);
        ArgumentNullException.ThrowIfNull(time);

        // VC Data Model 1.1 maps verifiableCredential to a graph of nodes: a token string there would be read as a
        // (relative) IRI, which RDF canonicalization cannot sign without losing the credential.
        if (cryptosuite == Cryptosuites.EddsaRdfc2022 && presentation["verifiableCredential"] is { } embedded
            && (embedded is JsonValue || (embedded is JsonArray list && list.Any(e => e is JsonValue))))
        {
            throw new ArgumentException("a VC-JWT string inside a VC Data Model 1.1 presentation has no RDF form; sign with eddsa-jcs-2022 or as a VP-JWT", nameof(presentation));
        }

        var options = new DataIntegrityOptions
        {
            Cryptosuite = cryptosuite,
            ProofPurpose = ProofPurposes.Authentication,
            Challenge = challenge,
            Domain = domain,
            TimeProvider = time,
        };
        return DataIntegrityProofs.SignAsync(presentation, key, verificationMethod, options, cancellationToken);
    }

    /// <summary>
    /// A VP-JWT: header <c>typ: JWT</c> and the key id; claims <c>iss</c> = holder, <c>jti</c> = the presentation's
    /// id (when it has one), <c>aud</c> = domain, <c>nonce</c> = challenge, <c>nbf</c> and <c>iat</c> = now, and the
    /// presentation itself in <c>vp</c> (VC Data Model 1.1 §6.3.1).
    /// </summary>
    /// <param name="presentation">The unsigned presentation, with a <c>holder</c>.</param>
    /// <param name="key">The holder's key (Ed25519 or P-256).</param>
    /// <param name="keyId">The key's verification method id; its DID must be the holder.</param>
    /// <param name="challenge">The verifier's challenge.</param>
    /// <param name="domain">The verifier's domain, or null.</param>
    /// <param name="time">The clock for <c>nbf</c> and <c>iat</c>.</param>
    /// <returns>The compact token.</returns>
    /// <exception cref="ArgumentException">No challenge, or the presentation has no holder id.</exception>
    public static string SignJwt(JsonObject presentation, SigningKey key, string keyId, string challenge, string? domain, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentException.ThrowIfNullOrEmpty(challenge);
        ArgumentNullException.ThrowIfNull(time);
        var holder = presentation["holder"] switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o when o["id"] is JsonValue v2 && v2.TryGetValue<string>(out var s2) => s2,
            _ => throw new ArgumentException("the presentation has no holder id", nameof(presentation)),
        };

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject { ["iss"] = holder };
        if (presentation["id"] is JsonValue id && id.TryGetValue<string>(out var jti))
        {
            payload["jti"] = jti;
        }

        if (domain is not null)
        {
            payload["aud"] = domain;
        }

        payload["nonce"] = challenge;
        payload["nbf"] = now;
        payload["iat"] = now;
        payload["vp"] = presentation.DeepClone();
        return new VcJwtSigner(key, keyId).Sign(payload.ToJsonString(VcJwtSigner.PayloadJson), "JWT");
    }
}
