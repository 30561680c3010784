using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;
using Credentials.Verifier.Checks;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// A JAdES-sealed presentation, as Europass seals them (ETSI TS 119 182-1): the seal is judged exactly as a sealed
/// credential's (integrity, certificate validity at the proof of existence, revocation, chain to the seal anchors).
/// A seal is an organisation's, made with an X.509 certificate: it shows who sealed the presentation, never that the
/// holder presents it now, and it answers no challenge. So the holder and the challenge (and an expected domain)
/// are undecided, not failed, and such a presentation is at best Indeterminate.
/// </summary>
internal static class SealedPresentationChecks
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(ParsedPresentation presentation, PresentationExpectations expected, VerifierOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var seal = await JadesVerifier.VerifyAsync(presentation.SealText!, new JadesVerificationOptions
        {
            TrustAnchors = options.SealTrustAnchors,
            TsaTrustAnchors = options.TsaTrustAnchors,
            AnchorNames = options.AnchorNames,
            TrustedLists = options.TrustedLists,
            TimeProvider = time,
            ClockSkew = options.ClockSkew,
            MaxInputBytes = options.MaxInputBytes,
            RevocationFetcher = options.RevocationFetcher,
        }, cancellationToken).ConfigureAwait(false);
        var findings = JadesFindings.Integrity(seal);
        var results = Result.Of(PresentationCheckNames.Proof, findings).ToList();
        if (findings.All(f => f.Outcome == CheckOutcome.Passed))
        {
            results.Add(Result.Of(PresentationCheckNames.Proof, JadesFindings.Trust(seal)));
        }

        results.Add(Holder(presentation.Holder, seal, expected.RequireHolderBinding));
        results.Add(new(PresentationCheckNames.Challenge, CheckOutcome.Indeterminate, CheckCodes.PresentationSealNoChallenge, "A seal answers no challenge: this presentation may be a copy sent by anyone who has it.", "/signatures"));
        results.Add(string.IsNullOrEmpty(expected.Domain)
            ? Result.Skipped(PresentationCheckNames.Domain, CheckCodes.PresentationDomainNotRequested, "the verifier expects no particular domain.")[0]
            : new(PresentationCheckNames.Domain, CheckOutcome.Indeterminate, CheckCodes.PresentationSealNoChallenge, $"A seal names no domain, so it does not show the presentation was made for {expected.Domain}.", "/signatures"));
        return results;
    }

    private static CheckResult Holder(string? holder, JadesVerification seal, bool required)
    {
        const string Name = PresentationCheckNames.Holder;
        if (holder is null)
        {
            // The same rule as the other formats: VC Data Model 2.0 §4.13 makes holder optional unless binding is asked.
            return required
                ? new(Name, CheckOutcome.Failed, CheckCodes.PresentationHolderMissing, "The presentation has no 'holder' id, so it cannot be tied to anyone.", "/payload/holder")
                : new(Name, CheckOutcome.Skipped, CheckCodes.PresentationHolderAbsent, "The presentation names no holder, which the data model allows; its sealer is not tied to anyone.", "/payload/holder");
        }

        var sealer = seal.Organisation is { } org ? $"{org.Organisation ?? org.CommonName ?? "an unnamed organisation"}" : "an organisation";
        var message = $"The presentation is sealed by {sealer} with a seal certificate, not signed with a key of its holder {Abbreviations.Short(holder)}, so it does not show that the holder presents it.";
        return required
            ? new(Name, CheckOutcome.Indeterminate, CheckCodes.PresentationHolderSealed, message, "/payload/holder")
            : new(Name, CheckOutcome.Skipped, CheckCodes.PresentationHolderSealed, message, "/payload/holder");
    }
}
