using Credentials.Proofs.Findings;
using Credentials.Verifier.Checks;
using System.Text.Json;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Jws;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// A VP-JWT (VC Data Model 1.1 §6.3.1): the JWS by the holder's key (same allow-lists as for credentials,
/// RFC 8725 §3.1–3.2), <c>iss</c> = holder, <c>nonce</c> = challenge, <c>aud</c> = domain, <c>nbf</c>/<c>exp</c>.
/// </summary>
internal static class JwtPresentationChecks
{
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
        var holderProblem = HolderProblem(presentation, payload, expected.RequireHolderBinding);
        var kid = jws.KeyId;
        var kidDid = kid is null ? null : kid.Split('#')[0];
        if (holderProblem is null && holder is not null && kidDid is not null && kidDid != holder)
        {
            // Only the holder's own keys are looked up: a kid naming anyone else's DID cannot prove the holder signed.
            holderProblem = new(PresentationCheckNames.Holder, CheckOutcome.Failed, CheckCodes.PresentationKeyNotHolders, $"The token was signed with a key of {Abbreviations.Short(kidDid)}, but the holder is {Abbreviations.Short(holder!)}.", "/header/kid");
        }

        if (holderProblem is not null && holderProblem.Code == CheckCodes.PresentationKeyNotHolders)
        {
            results.Add(new(PresentationCheckNames.Proof, CheckOutcome.Skipped, CheckCodes.PresentationSkipped, "Not checked: the key is not the holder's, so it is not looked up."));
        }
        else
        {
            // Without a holder (VC Data Model 2.0 makes it optional) the signature is checked against the key's own DID.
            results.Add(await SignatureAsync(jws, holder ?? kidDid, resolver, cancellationToken).ConfigureAwait(false));
        }

        results.Add(holderProblem ?? new(PresentationCheckNames.Holder, CheckOutcome.Passed, CheckCodes.PresentationHolderValid, $"The token's key belongs to the holder {Abbreviations.Short(holder!)}."));
        results.AddRange(BindingChecks.Check(expected, [new BindingChecks.Binding(Str(payload, "nonce"), Audience(payload), string.Empty, "nonce", "aud")]));
        results.AddRange(Validity(payload, time.GetUtcNow(), skew));
        return results;
    }

    private static CheckResult? HolderProblem(ParsedPresentation presentation, JsonElement payload, bool required)
    {
        if (!required && presentation.Holder is null)
        {
            return new(PresentationCheckNames.Holder, CheckOutcome.Skipped, CheckCodes.PresentationHolderAbsent, "The presentation names no holder (neither 'iss' nor 'holder'), which the data model allows; its signer is not tied to anyone.", "/iss");
        }

        if (Str(payload, "iss") is null && required)
        {
            return new(PresentationCheckNames.Holder, CheckOutcome.Failed, CheckCodes.PresentationHolderMissing, "The token has no 'iss' naming the holder.", "/iss");
        }

        var inner = PresentationReader.HolderOf(presentation.Presentation);
        return inner is not null && inner != presentation.Holder
            ? new(PresentationCheckNames.Holder, CheckOutcome.Failed, CheckCodes.PresentationHolderMismatch, "The token's 'iss' and the presentation's 'holder' name different holders.", "/vp/holder")
            : null;
    }

    private static async Task<CheckResult> SignatureAsync(CompactJws jws, string? holder, DidResolver resolver, CancellationToken cancellationToken)
    {
        var requirements = new JwsRequirements { What = "presentation", Purpose = ProofPurposes.Authentication, SignerDid = holder, SignerRole = "holder", NotSignersCode = CheckCodes.PresentationKeyNotHolders };
        var result = await new JwsVerifier(resolver).VerifyAsync(jws, requirements, cancellationToken).ConfigureAwait(false);
        return Result.Of(PresentationCheckNames.Proof, result.Finding);
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

        // RFC 7519 §4.1.6: iat is a NumericDate too, even though it bounds nothing.
        if (payload.TryGetProperty("iat", out var iat) && (iat.ValueKind != JsonValueKind.Number || !iat.TryGetInt64(out var i) || i < -62135596800 || i > 253402300799))
        {
            problems.Add(new(Name, CheckOutcome.Failed, CheckCodes.PresentationMalformedDate, "The token's 'iat' is not a date in seconds.", "/iat"));
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
