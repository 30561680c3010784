using System.Text.Json;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;
using Credentials.Proofs.Jws;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.SdJwt;

/// <summary>
/// RFC 9901 §7.3: the Key Binding JWT is typed <c>kb+jwt</c>, signed (under the one JWS policy) by the credential's
/// <c>cnf.jwk</c>, its <c>sd_hash</c> covers exactly the presented SD-JWT, its <c>iat</c> is recent, and its
/// <c>nonce</c> and <c>aud</c> are the verifier's.
/// </summary>
internal static class KeyBindingVerifier
{
    public static async Task<Finding> VerifyAsync(SdJwtParts parts, JsonElement claims, ProofContext context)
    {
        var expected = context.KeyBinding;
        if (parts.KeyBinding is not { } token)
        {
            return expected is null
                ? new Finding(CheckOutcome.Skipped, CheckCodes.ProofKeyBindingNotRequested, "The holder presented no key binding, and none was asked for: whoever presents this credential may not be its holder.")
                : Finding.Failed(CheckCodes.ProofKeyBindingMissing, "The verifier asked for a key binding, and the SD-JWT ends without one.");
        }

        if (!claims.TryGetProperty("cnf", out var cnf) || cnf.ValueKind != JsonValueKind.Object || !cnf.TryGetProperty("jwk", out var jwkJson)
            || Jwk.TryParse(jwkJson, out _) is not { D: null } holder)
        {
            return Finding.Failed(CheckCodes.ProofKeyBindingKeyMissing, "The credential has no usable public holder key in cnf.jwk.", "/cnf");
        }

        using var kb = CompactJws.TryParse(token, out var error, out CompactJwsProblem _);
        if (kb is null)
        {
            return Finding.Failed(CheckCodes.ProofKeyBindingMalformed, "The key binding is not a signed token: " + error + ".", "/kb");
        }

        if (JwsTypes.Problem(kb, JwsTypes.KeyBinding) is not null)
        {
            return Finding.Failed(CheckCodes.ProofKeyBindingMalformed, "The key binding is not typed 'kb+jwt'.", "/kb/header/typ");
        }

        if (kb.PayloadJson?.RootElement is not { ValueKind: JsonValueKind.Object } payload
            || !payload.TryGetProperty("iat", out var iat) || !iat.TryGetInt64(out var issuedAt)
            || Text(payload, "aud") is not { } audience || Text(payload, "nonce") is not { } nonce || Text(payload, "sd_hash") is not { } sdHash)
        {
            return Finding.Failed(CheckCodes.ProofKeyBindingMalformed, "The key binding lacks a numeric iat or a string aud, nonce or sd_hash.", "/kb/payload");
        }

        var signature = await JwsVerifier.VerifyWithKeyAsync(kb, holder, "key binding").ConfigureAwait(false);
        if (!signature.Valid)
        {
            return Finding.Failed(CheckCodes.ProofKeyBindingSignatureInvalid, "The key binding's signature does not verify with the holder key cnf.jwk: " + char.ToLowerInvariant(signature.Finding.Message[0]) + signature.Finding.Message[1..], "/kb/signature");
        }

        if (!string.Equals(sdHash, SdJwtPresenter.SdHash(parts.SignedPart), StringComparison.Ordinal))
        {
            return Finding.Failed(CheckCodes.ProofKeyBindingHashMismatch, "The key binding's sd_hash is not the digest of the presented SD-JWT.", "/kb/payload/sd_hash");
        }

        if (expected is null)
        {
            return Finding.Passed(CheckCodes.ProofKeyBindingValid, "The key binding is signed by the holder key and covers these disclosures; no challenge was given to compare its nonce with.");
        }

        var now = context.Time.GetUtcNow();
        var made = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(issuedAt, -62135596800L, 253402300799L));
        if (made > now + context.ClockSkew || made < now - expected.MaxAge - context.ClockSkew)
        {
            return Finding.Failed(CheckCodes.ProofKeyBindingStale, $"The key binding was made at {made:u}, outside the accepted {expected.MaxAge.TotalMinutes:0} minutes.", "/kb/payload/iat");
        }

        if (!string.Equals(nonce, expected.Nonce, StringComparison.Ordinal))
        {
            return Finding.Failed(CheckCodes.ProofKeyBindingNonceMismatch, "The key binding answers another nonce than the one this verifier gave.", "/kb/payload/nonce");
        }

        if (!string.Equals(audience, expected.Audience, StringComparison.Ordinal))
        {
            return Finding.Failed(CheckCodes.ProofKeyBindingAudienceMismatch, $"The key binding is addressed to '{Abbreviations.Short(audience)}', not to this verifier.", "/kb/payload/aud");
        }

        return Finding.Passed(CheckCodes.ProofKeyBindingValid, "The key binding is signed by the holder key, covers these disclosures and answers this verifier's challenge.");
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
