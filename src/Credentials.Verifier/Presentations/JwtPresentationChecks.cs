using Credentials.Verifier.Checks;
using System.Text.Json;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Jws;
using Credentials.Verifier.Reports;
using Microsoft.IdentityModel.Tokens;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// A VP-JWT (VC Data Model 1.1 §6.3.1): the JWS by the holder's key (same allow-lists as for credentials,
/// RFC 8725 §3.1–3.2), <c>iss</c> = holder, <c>nonce</c> = challenge, <c>aud</c> = domain, <c>nbf</c>/<c>exp</c>.
/// </summary>
internal static class JwtPresentationChecks
{
    // Header parameters that would let the token supply or point at its own key, or demand unknown extensions.
    private static readonly string[] RefusedHeaders = ["jwk", "jku", "x5u", "x5c", "crit", "b64"];

    public static async Task<IReadOnlyList<CheckResult>> RunAsync(
        ParsedPresentation presentation,
        PresentationExpectations expected,
        DidResolver resolver,
        TimeProvider time,
        TimeSpan skew,
        CancellationToken cancellationToken)
    {
        var jws = presentation.Jws!;
        var payload = jws.PayloadJson!.RootElement;
        var results = new List<CheckResult>();
        var holder = presentation.Holder;
        var holderProblem = HolderProblem(presentation, payload);
        var kid = jws.KeyId;
        var kidDid = kid is null ? null : kid.Split('#')[0];
        if (holderProblem is null && kidDid is not null && kidDid != holder)
        {
            // Only the holder's own keys are looked up: a kid naming anyone else's DID cannot prove the holder signed.
            holderProblem = new(PresentationCheckNames.Holder, CheckOutcome.Failed, CheckCodes.PresentationKeyNotHolders, $"The token was signed with a key of {Abbreviation.Short(kidDid)}, but the holder is {Abbreviation.Short(holder!)}.", "/header/kid");
        }

        if (holderProblem is not null && holderProblem.Code == CheckCodes.PresentationKeyNotHolders)
        {
            results.Add(new(PresentationCheckNames.Proof, CheckOutcome.Skipped, CheckCodes.PresentationSkipped, "Not checked: the key is not the holder's, so it is not looked up."));
        }
        else
        {
            results.Add(await SignatureAsync(jws, resolver, cancellationToken).ConfigureAwait(false));
        }

        results.Add(holderProblem ?? new(PresentationCheckNames.Holder, CheckOutcome.Passed, CheckCodes.PresentationHolderValid, $"The token's key belongs to the holder {Abbreviation.Short(holder!)}."));
        results.AddRange(BindingChecks.Check(expected, [new BindingChecks.Binding(Str(payload, "nonce"), Audience(payload), string.Empty, "nonce", "aud")]));
        results.AddRange(Validity(payload, time.GetUtcNow(), skew));
        return results;
    }

    private static CheckResult? HolderProblem(ParsedPresentation presentation, JsonElement payload)
    {
        if (Str(payload, "iss") is null)
        {
            return new(PresentationCheckNames.Holder, CheckOutcome.Failed, CheckCodes.PresentationHolderMissing, "The token has no 'iss' naming the holder.", "/iss");
        }

        var inner = PresentationReader.HolderOf(presentation.Presentation);
        return inner is not null && inner != presentation.Holder
            ? new(PresentationCheckNames.Holder, CheckOutcome.Failed, CheckCodes.PresentationHolderMismatch, "The token's 'iss' and the presentation's 'holder' name different holders.", "/vp/holder")
            : null;
    }

    private static async Task<CheckResult> SignatureAsync(CompactJws jws, DidResolver resolver, CancellationToken cancellationToken)
    {
        const string Name = PresentationCheckNames.Proof;
        var alg = jws.Algorithm;
        if (alg is null or "none" || alg.StartsWith("HS", StringComparison.Ordinal))
        {
            return new(Name, CheckOutcome.Failed, CheckCodes.ProofAlgorithmNotAllowed, $"The token's algorithm '{alg ?? "(missing)"}' is never accepted.", "/header/alg");
        }

        if (RefusedHeaders.FirstOrDefault(h => jws.Header.RootElement.TryGetProperty(h, out _)) is { } refused)
        {
            return new(Name, CheckOutcome.Failed, CheckCodes.ProofUnsupportedHeader, $"The token's header parameter '{refused}' is not accepted.", "/header/" + refused);
        }

        if (string.IsNullOrEmpty(jws.KeyId))
        {
            return new(Name, CheckOutcome.Failed, CheckCodes.ProofKeyMissing, "The token's header has no 'kid', so the signing key cannot be identified.", "/header/kid");
        }

        var resolution = await resolver.ResolveAsync(jws.KeyId, ProofPurposes.Authentication, cancellationToken).ConfigureAwait(false);
        if (resolution.Key is null)
        {
            return resolution.Failure is KeyResolutionFailure.Malformed or KeyResolutionFailure.MethodNotFound
                ? new(Name, CheckOutcome.Failed, CheckCodes.ProofKeyInvalid, "The signing key is not usable: " + resolution.Message + ".", "/header/kid")
                : new(Name, CheckOutcome.Indeterminate, CheckCodes.ProofKeyUnresolved, "The signing key could not be found: " + resolution.Message + ".", "/header/kid");
        }

        if (!JwsAlgorithms.IsAllowed(alg, resolution.Key.Kty, resolution.Key.Crv))
        {
            return new(Name, CheckOutcome.Failed, CheckCodes.ProofAlgorithmNotAllowed, $"The algorithm '{alg}' is not allowed for a {resolution.Key.Kty} {resolution.Key.Crv} key.", "/header/alg");
        }

        SecurityKey key;
        try
        {
            key = SecurityKeys.FromPublicJwk(resolution.Key);
            key.KeyId = jws.KeyId;
        }
        catch (ArgumentException e)
        {
            return new(Name, CheckOutcome.Failed, CheckCodes.ProofKeyInvalid, "The signing key is not a valid public key: " + e.Message + ".", "/header/kid");
        }

        return await JwsSignatureVerifier.VerifyAsync(jws, key, alg).ConfigureAwait(false)
            ? new(Name, CheckOutcome.Passed, CheckCodes.ProofValid, $"The {alg} signature by {Abbreviation.Short(jws.KeyId)} is valid.")
            : new(Name, CheckOutcome.Failed, CheckCodes.ProofSignatureInvalid, "The signature does not match: the presentation was changed after signing, or signed by another key.", "/signature");
    }

    private static List<CheckResult> Validity(JsonElement payload, DateTimeOffset now, TimeSpan skew)
    {
        const string Name = PresentationCheckNames.Validity;
        var problems = new List<CheckResult>();
        if (payload.TryGetProperty("nbf", out var nbf))
        {
            if (nbf.ValueKind != JsonValueKind.Number || !nbf.TryGetInt64(out var s) || s < -62135596800 || s > 253402300799)
            {
                problems.Add(new(Name, CheckOutcome.Failed, CheckCodes.PresentationNotYetValid, "The token's 'nbf' is not a date in seconds.", "/nbf"));
            }
            else if (DateTimeOffset.FromUnixTimeSeconds(s) > now + skew)
            {
                problems.Add(new(Name, CheckOutcome.Failed, CheckCodes.PresentationNotYetValid, $"The token is valid only from {DateTimeOffset.FromUnixTimeSeconds(s):u}.", "/nbf"));
            }
        }

        if (payload.TryGetProperty("exp", out var exp))
        {
            if (exp.ValueKind != JsonValueKind.Number || !exp.TryGetInt64(out var s) || s < -62135596800 || s > 253402300799)
            {
                problems.Add(new(Name, CheckOutcome.Failed, CheckCodes.PresentationExpired, "The token's 'exp' is not a date in seconds.", "/exp"));
            }
            else if (DateTimeOffset.FromUnixTimeSeconds(s) < now - skew)
            {
                problems.Add(new(Name, CheckOutcome.Failed, CheckCodes.PresentationExpired, $"The token expired at {DateTimeOffset.FromUnixTimeSeconds(s):u}.", "/exp"));
            }
        }

        return problems.Count > 0 ? problems : [new(Name, CheckOutcome.Passed, CheckCodes.PresentationValidityOk, "The token is within its validity period.")];
    }

    // RFC 7519 §4.1.3: aud is a string or an array of strings.
    private static List<string>? Audience(JsonElement payload) =>
        !payload.TryGetProperty("aud", out var a) ? null
        : a.ValueKind == JsonValueKind.String ? [a.GetString()!]
        : a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
        : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
