using Credentials.Proofs.Findings;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Jades;
using Credentials.Proofs.Jws;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;
using Microsoft.IdentityModel.Tokens;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Checks the signature: the algorithm must be on the allow-list for the key's type (so <c>none</c>, HMAC with a
/// public key as secret, and cross-type confusion fail, RFC 8725 §3.1–3.2), the key comes from the <c>kid</c>
/// through DID resolution and never from the token itself, and the signature must verify over the exact bytes.
/// </summary>
internal sealed class ProofCheck : ICheck
{
    private const string AssertionMethod = "assertionMethod";

    // Header parameters that would let the token supply or point at its own key, or demand extensions we do not
    // implement (RFC 7515 §4.1.11 crit): refused rather than ignored.
    private static readonly string[] RefusedHeaders = ["jwk", "jku", "x5u", "x5c", "crit", "b64"];
    private readonly DidResolver _resolver;

    public ProofCheck(DidResolver resolver)
    {
        _resolver = resolver;
    }

    public string Name => CheckNames.Proof;

    public async ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        if (context.Credential is null)
        {
            return Result.Skipped(Name, CheckCodes.ProofSkipped, "the format check did not find a credential.");
        }

        switch (context.Envelope)
        {
            case Envelope.VcJwt11 or Envelope.VcJose:
                return await VerifyJwsAsync(context, context.Jws!, cancellationToken).ConfigureAwait(false);
            case Envelope.Unsigned:
                return Fail(CheckCodes.ProofMissing, "The credential carries no signature or proof: anyone could have written it.");
            case Envelope.DataIntegrity:
                return await VerifyDataIntegrityAsync(context, context.Credential.Value, cancellationToken).ConfigureAwait(false);
            case Envelope.Jades:
                return VerifySeal(context);
            default:
                return Result.Skipped(Name, CheckCodes.ProofSkipped, "the format check did not find a credential.");
        }
    }

    private async Task<IReadOnlyList<CheckResult>> VerifyJwsAsync(VerificationContext context, CompactJws jws, CancellationToken cancellationToken)
    {
        var alg = jws.Algorithm;
        if (alg is null or "none" || alg.StartsWith("HS", StringComparison.Ordinal))
        {
            return Fail(CheckCodes.ProofAlgorithmNotAllowed, $"The token's algorithm '{alg ?? "(missing)"}' is never accepted for credentials.", "/header/alg");
        }

        foreach (var refused in RefusedHeaders)
        {
            if (jws.Header.RootElement.TryGetProperty(refused, out _))
            {
                return Fail(CheckCodes.ProofUnsupportedHeader, $"The token's header parameter '{refused}' is not accepted.", "/header/" + refused);
            }
        }

        var kid = jws.KeyId;
        if (string.IsNullOrEmpty(kid))
        {
            return Fail(CheckCodes.ProofKeyMissing, "The token's header has no 'kid', so the signing key cannot be identified.", "/header/kid");
        }

        // Only the issuer's own keys are looked up: a kid naming anyone else's DID cannot prove the issuer signed,
        // and resolving it would let a forged token point this verifier at hosts of the forger's choosing.
        var hash = kid.IndexOf('#', StringComparison.Ordinal);
        var kidDid = hash < 0 ? kid : kid[..hash];
        if (context.IssuerId is { } issuer && kidDid != issuer)
        {
            return Fail(CheckCodes.ProofKeyNotIssuers, $"The token was signed with a key of {Abbreviation.Short(kidDid)}, but the credential names {Abbreviation.Short(issuer)} as its issuer.", "/header/kid");
        }

        var resolution = await _resolver.ResolveAsync(kid, AssertionMethod, cancellationToken).ConfigureAwait(false);
        if (resolution.Key is null)
        {
            return resolution.Failure is KeyResolutionFailure.Malformed or KeyResolutionFailure.MethodNotFound
                ? Fail(CheckCodes.ProofKeyInvalid, "The signing key is not usable: " + resolution.Message + ".", "/header/kid")
                : Result.One(Name, CheckOutcome.Indeterminate, CheckCodes.ProofKeyUnresolved, "The signing key could not be found: " + resolution.Message + ".", "/header/kid");
        }

        context.Key = resolution;
        context.SignerController = resolution.Controller;
        var key = resolution.Key;
        if (!JwsAlgorithms.IsAllowed(alg, key.Kty, key.Crv))
        {
            return Fail(CheckCodes.ProofAlgorithmNotAllowed, $"The algorithm '{alg}' is not allowed for a {key.Kty} {key.Crv} key.", "/header/alg");
        }

        SecurityKey securityKey;
        try
        {
            securityKey = SecurityKeys.FromPublicJwk(key);
            securityKey.KeyId = kid;
        }
        catch (ArgumentException e)
        {
            return Fail(CheckCodes.ProofKeyInvalid, "The signing key is not a valid public key: " + e.Message + ".", "/header/kid");
        }

        return await JwsSignatureVerifier.VerifyAsync(jws, securityKey, alg).ConfigureAwait(false)
            ? Result.One(Name, CheckOutcome.Passed, CheckCodes.ProofValid, $"The {alg} signature by {Abbreviation.Short(kid)} is valid.")
            : Fail(CheckCodes.ProofSignatureInvalid, "The signature does not match the content: the credential was changed after signing, or signed by another key.", "/signature");
    }

    // W3C VC Data Integrity 1.0 §4.4: every proof of the set must verify; the key must be the issuer's.
    private async Task<IReadOnlyList<CheckResult>> VerifyDataIntegrityAsync(VerificationContext context, System.Text.Json.JsonElement credential, CancellationToken cancellationToken)
    {
        var result = await DataIntegrityProofs.VerifyAsync(
            credential,
            _resolver,
            new DataIntegrityVerifyOptions { ExpectedController = context.IssuerId ?? string.Empty, TimeProvider = context.Time },
            cancellationToken).ConfigureAwait(false);

        var results = new List<CheckResult>(result.Proofs.Count);
        foreach (var proof in result.Proofs)
        {
            var outcome = proof.Outcome switch
            {
                ProofOutcome.Valid => CheckOutcome.Passed,
                ProofOutcome.Invalid => CheckOutcome.Failed,
                _ => CheckOutcome.Indeterminate,
            };
            var pointer = context.CredentialPointer + "/proof" + (result.Proofs.Count > 1 ? "/" + proof.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            var message = outcome == CheckOutcome.Passed
                ? $"The {proof.Cryptosuite} proof by {Abbreviation.Short(proof.VerificationMethod ?? "?")} is valid."
                : char.ToUpperInvariant(proof.Message[0]) + proof.Message[1..] + ".";
            results.Add(new CheckResult(Name, outcome, proof.Code, message, outcome == CheckOutcome.Passed ? null : pointer));
        }

        if (result.Verified && result.Proofs.Count > 0 && result.Proofs[0] is { Controller: { } controller })
        {
            context.SignerController = controller;
        }

        return results;
    }

    // ETSI TS 119 182-1: integrity of the seal over the unencoded payload, and the certificate valid when it sealed.
    private IReadOnlyList<CheckResult> VerifySeal(VerificationContext context)
    {
        var text = System.Text.Encoding.UTF8.GetString(context.Input.Span);
        var seal = JadesVerifier.Verify(text, new JadesVerificationOptions { TrustAnchors = context.Options.SealTrustAnchors, TimeProvider = context.Time, ClockSkew = context.Options.ClockSkew });
        context.Seal = seal;
        var problems = seal.Problems.Where(p => p.Code.StartsWith("proof.", StringComparison.Ordinal)).ToList();
        if (seal.Integrity == JadesOutcome.Passed && seal.CertificateValidity == JadesOutcome.Passed)
        {
            var org = seal.Organisation;
            var who = org is null ? "an unnamed organisation" : $"{org.Organisation ?? org.CommonName} ({org.OrganizationIdentifier ?? "no organisation identifier"}, {org.Country ?? "no country"})";
            var when = seal.SigningTime?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "an unknown time";
            return Result.One(Name, CheckOutcome.Passed, CheckCodes.ProofValid, $"The {seal.Algorithm} seal by {who} is intact, and its certificate was valid when it sealed at {when}{(org?.IsQualified == true ? "; the certificate declares a qualified seal" : string.Empty)}.");
        }

        var results = new List<CheckResult>();
        if (seal.Integrity != JadesOutcome.Passed)
        {
            var code = problems.FirstOrDefault(p => p.Code is not (CheckCodes.ProofCertificateExpired or CheckCodes.ProofCertificateNotYetValid or CheckCodes.ProofTimestampInvalid))?.Code ?? CheckCodes.ProofSignatureInvalid;
            results.Add(new CheckResult(Name, Map(seal.Integrity), code, seal.IntegrityMessage, "/signatures"));
        }

        if (seal.CertificateValidity != JadesOutcome.Passed && seal.CertificateValidity != JadesOutcome.Skipped)
        {
            var code = problems.FirstOrDefault(p => p.Code is CheckCodes.ProofCertificateExpired or CheckCodes.ProofCertificateNotYetValid or CheckCodes.ProofSigningTimeMissing or CheckCodes.ProofSigningTimeInFuture)?.Code ?? CheckCodes.ProofCertificateInvalid;
            results.Add(new CheckResult(Name, Map(seal.CertificateValidity), code, seal.CertificateValidityMessage, "/signatures/0/protected"));
        }

        return results.Count > 0 ? results : Fail(CheckCodes.ProofSignatureInvalid, seal.IntegrityMessage);
    }

    private static CheckOutcome Map(JadesOutcome outcome) => outcome switch
    {
        JadesOutcome.Passed => CheckOutcome.Passed,
        JadesOutcome.Failed => CheckOutcome.Failed,
        JadesOutcome.Skipped => CheckOutcome.Skipped,
        _ => CheckOutcome.Indeterminate,
    };

    private IReadOnlyList<CheckResult> Fail(string code, string message, string? pointer = null) =>
        Result.One(Name, CheckOutcome.Failed, code, message, pointer);
}
