using Credentials.Proofs.Dids;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Keys;
using Microsoft.IdentityModel.Tokens;

namespace Credentials.Proofs.Jws;

/// <summary>
/// The one JWS policy, for credentials, presentations and status lists alike: <c>none</c> and HMAC are never
/// accepted, headers that bring or point at their own key or demand extensions are refused (RFC 7515 §4.1, RFC 8725
/// §3.1–3.2), the key comes from the <c>kid</c> by DID resolution and only from the expected signer's DID, the
/// algorithm must be allowed for the key's type, and the signature must verify over the exact bytes.
/// </summary>
public sealed class JwsVerifier
{
    private static readonly string[] RefusedHeaders = ["jwk", "jku", "x5u", "x5c", "crit", "b64"];
    private readonly DidResolver _resolver;

    /// <summary>Creates the verifier over a DID resolver.</summary>
    public JwsVerifier(DidResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolver = resolver;
    }

    /// <summary>Verifies <paramref name="jws"/> against <paramref name="requirements"/>; never throws for bad input.</summary>
    public async Task<JwsVerification> VerifyAsync(CompactJws jws, JwsRequirements requirements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jws);
        ArgumentNullException.ThrowIfNull(requirements);
        if (HeaderProblem(jws) is { } problem)
        {
            return problem;
        }

        var alg = jws.Algorithm!;
        var kid = jws.KeyId;
        if (string.IsNullOrEmpty(kid))
        {
            return Fail(CheckCodes.ProofKeyMissing, "The token's header has no 'kid', so the signing key cannot be identified.", "/header/kid");
        }

        // Only the expected signer's keys are looked up: a kid naming anyone else's DID cannot prove that signer
        // signed, and resolving it would let a forged token point this verifier at hosts of the forger's choosing.
        var hash = kid.IndexOf('#', StringComparison.Ordinal);
        var kidDid = hash < 0 ? kid : kid[..hash];
        if (requirements.SignerDid is { } signer && kidDid != signer)
        {
            return Fail(requirements.NotSignersCode, $"The token was signed with a key of {Abbreviations.Short(kidDid)}, but the {requirements.What} names {Abbreviations.Short(signer)} as its {requirements.SignerRole}.", "/header/kid");
        }

        var resolution = await _resolver.ResolveAsync(kid, requirements.Purpose, cancellationToken).ConfigureAwait(false);
        if (resolution.Key is not { } key)
        {
            return resolution.Failure is KeyResolutionFailure.Malformed or KeyResolutionFailure.MethodNotFound
                ? new(Finding.Failed(CheckCodes.ProofKeyInvalid, "The signing key is not usable: " + resolution.Message + ".", "/header/kid"), resolution)
                : new(Finding.Indeterminate(CheckCodes.ProofKeyUnresolved, "The signing key could not be found: " + resolution.Message + ".", "/header/kid"), resolution);
        }

        return await SignatureAsync(jws, key, kid, requirements.What, resolution).ConfigureAwait(false);
    }

    /// <summary>
    /// Verifies <paramref name="jws"/> with a public key the caller was given out of band (a test suite's key file),
    /// under the same header policy and algorithm allow-list as <see cref="VerifyAsync"/>; the <c>kid</c> is not
    /// resolved. Never throws for bad input.
    /// </summary>
    public static async Task<JwsVerification> VerifyWithKeyAsync(CompactJws jws, Jwk key, string what)
    {
        ArgumentNullException.ThrowIfNull(jws);
        ArgumentNullException.ThrowIfNull(key);
        return HeaderProblem(jws) ?? await SignatureAsync(jws, key.ToPublic(), jws.KeyId ?? string.Empty, what, KeyResolution.Resolved(key.ToPublic(), string.Empty)).ConfigureAwait(false);
    }

    private static JwsVerification? HeaderProblem(CompactJws jws)
    {
        var alg = jws.Algorithm;
        if (alg is null or "none" || alg.StartsWith("HS", StringComparison.Ordinal))
        {
            return Fail(CheckCodes.ProofAlgorithmNotAllowed, $"The token's algorithm '{Abbreviations.Short(alg ?? "(missing)")}' is never accepted.", "/header/alg");
        }

        foreach (var refused in RefusedHeaders)
        {
            if (jws.Header.RootElement.TryGetProperty(refused, out _))
            {
                return Fail(CheckCodes.ProofUnsupportedHeader, $"The token's header parameter '{refused}' is not accepted.", "/header/" + refused);
            }
        }

        return null;
    }

    private static async Task<JwsVerification> SignatureAsync(CompactJws jws, Jwk key, string kid, string what, KeyResolution resolution)
    {
        var alg = jws.Algorithm!;
        if (!JwsAlgorithms.IsAllowed(alg, key.Kty, key.Crv))
        {
            return new(Finding.Failed(CheckCodes.ProofAlgorithmNotAllowed, $"The algorithm '{Abbreviations.Short(alg)}' is not allowed for a {key.Kty} {key.Crv} key.", "/header/alg"), resolution);
        }

        SecurityKey securityKey;
        try
        {
            securityKey = SecurityKeys.FromPublicJwk(key);
            securityKey.KeyId = kid;
        }
        catch (ArgumentException e)
        {
            return new(Finding.Failed(CheckCodes.ProofKeyInvalid, "The signing key is not a valid public key: " + e.Message.TrimEnd('.') + ".", "/header/kid"), resolution);
        }

        var outcome = await JwsSignatureVerifier.VerifyAsync(jws, securityKey, alg).ConfigureAwait(false);
        var finding = outcome switch
        {
            JwsSignatureOutcome.Valid => Finding.Passed(CheckCodes.ProofValid, $"The {alg} signature by {Abbreviations.Short(kid)} is valid."),
            JwsSignatureOutcome.Invalid => Finding.Failed(CheckCodes.ProofSignatureInvalid, $"The signature does not match the content: the {what} was changed after signing, or signed by another key.", "/signature"),
            _ => Finding.Failed(CheckCodes.ProofTokenUnreadable, "The token is malformed: the signature library could not read it, so it says nothing about the signature.", "/signature"),
        };
        return new(finding, resolution);
    }

    private static JwsVerification Fail(string code, string message, string pointer) => new(Finding.Failed(code, message, pointer), null);
}
