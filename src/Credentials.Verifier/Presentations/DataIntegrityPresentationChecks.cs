using Credentials.Proofs.Findings;
using Credentials.Verifier.Checks;
using System.Globalization;
using System.Text.Json;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// The holder's Data Integrity proof (VC Data Integrity 1.0 §4.4): every proof of the set must verify with purpose
/// <c>authentication</c>, with a key the holder controls, and answer the verifier's challenge and domain.
/// </summary>
internal static class DataIntegrityPresentationChecks
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(
        ParsedPresentation presentation,
        PresentationExpectations expected,
        DidResolver resolver,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var root = presentation.Presentation;

        // The controller is compared below rather than by the proof verifier, so that "the signature is intact" and
        // "the signer is the holder" are reported apart.
        var verification = await DataIntegrityProofs.VerifyAsync(
            root,
            resolver,
            new DataIntegrityVerifyOptions { ExpectedPurpose = ProofPurposes.Authentication, TimeProvider = time },
            cancellationToken).ConfigureAwait(false);

        var proofElements = ProofElements(root);
        var results = new List<CheckResult>();
        var many = verification.Proofs.Count > 1;
        foreach (var proof in verification.Proofs)
        {
            var outcome = proof.Outcome switch
            {
                ProofOutcome.Valid => CheckOutcome.Passed,
                ProofOutcome.Invalid => CheckOutcome.Failed,
                _ => CheckOutcome.Indeterminate,
            };
            var message = outcome == CheckOutcome.Passed
                ? $"The {proof.Cryptosuite} proof by {Abbreviations.Short(proof.VerificationMethod ?? "?")} is valid."
                : char.ToUpperInvariant(proof.Message[0]) + proof.Message[1..] + ".";
            results.Add(new CheckResult(PresentationCheckNames.Proof, outcome, proof.Code, message, outcome == CheckOutcome.Passed ? null : ProofPointer(proof.Index, many)));
        }

        results.AddRange(Holder(presentation.Holder, verification, expected.RequireHolderBinding));
        var bindings = proofElements
            .Select(p => new BindingChecks.Binding(Str(p.Proof, "challenge"), Domains(p.Proof), ProofPointer(p.Index, many), "challenge", "domain"))
            .ToList();
        results.AddRange(bindings.Count == 0 ? BindingChecks.Skipped("the presentation has no usable proof.") : BindingChecks.Check(expected, bindings));
        return results;
    }

    private static IEnumerable<CheckResult> Holder(string? holder, DataIntegrityVerificationResult verification, bool required)
    {
        const string Name = PresentationCheckNames.Holder;
        if (holder is null && !required)
        {
            // VC Data Model 2.0 §4.13: holder is optional; the proof is still verified, but ties the signer to no one.
            yield return new(Name, CheckOutcome.Skipped, CheckCodes.PresentationHolderAbsent, "The presentation names no holder, which the data model allows; its signer is not tied to anyone.", "/holder");
            yield break;
        }

        if (holder is null)
        {
            yield return new(Name, CheckOutcome.Failed, CheckCodes.PresentationHolderMissing, "The presentation has no 'holder' id, so its signer cannot be tied to anyone.", "/holder");
            yield break;
        }

        var resolved = verification.Proofs.Where(p => p.Controller is not null).ToList();
        if (resolved.Count == 0)
        {
            yield return new(Name, CheckOutcome.Skipped, CheckCodes.PresentationSkipped, "Not checked: no proof's key could be resolved.");
            yield break;
        }

        var ok = true;
        foreach (var proof in resolved.Where(p => p.Controller != holder))
        {
            ok = false;
            yield return new(Name, CheckOutcome.Failed, CheckCodes.PresentationKeyNotHolders, $"The proof was made with a key of {Abbreviations.Short(proof.Controller!)}, but the holder is {Abbreviations.Short(holder)}.", ProofPointer(proof.Index, verification.Proofs.Count > 1) + "/verificationMethod");
        }

        if (ok)
        {
            yield return new(Name, CheckOutcome.Passed, CheckCodes.PresentationHolderValid, $"The proof's key is controlled by the holder {Abbreviations.Short(holder)}.");
        }
    }

    private static List<(JsonElement Proof, int Index)> ProofElements(JsonElement root) =>
        !root.TryGetProperty("proof", out var proof) ? []
        : proof.ValueKind == JsonValueKind.Array ? proof.EnumerateArray().Select((p, i) => (p, i)).Where(p => p.p.ValueKind == JsonValueKind.Object).ToList()
        : proof.ValueKind == JsonValueKind.Object ? [(proof, 0)]
        : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    // VC Data Integrity 1.0 §2.1: domain is a string or an unordered set of strings.
    private static List<string>? Domains(JsonElement proof) =>
        !proof.TryGetProperty("domain", out var d) ? null
        : d.ValueKind == JsonValueKind.String ? [d.GetString()!]
        : d.ValueKind == JsonValueKind.Array ? d.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
        : [];

    private static string ProofPointer(int index, bool many) =>
        "/proof" + (many ? "/" + index.ToString(CultureInfo.InvariantCulture) : string.Empty);
}
