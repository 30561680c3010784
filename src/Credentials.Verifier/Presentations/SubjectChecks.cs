using Credentials.Proofs.Findings;
using Credentials.Verifier.Checks;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// Whether the holder who signed the presentation is the one the credentials were issued to: each credential's
/// <c>credentialSubject.id</c>, when it is a DID, must be the holder's DID (VC Data Model 2.0 leaves the
/// holder–subject relation to the verifier; an employer asks exactly this: is the person presenting the learner).
/// A credential without a DID subject cannot be tied to anyone by its data, so it is reported, not failed.
/// </summary>
internal static class SubjectChecks
{
    private const string Name = PresentationCheckNames.Subject;

    /// <param name="holder">The holder's DID.</param>
    /// <param name="holderProven">Whether the holder check passed (the signature is the holder's).</param>
    /// <param name="credentials">The embedded credentials' reports.</param>
    /// <param name="required">Whether a mismatch fails the presentation (<see cref="PresentationExpectations.RequireHolderBinding"/>);
    /// otherwise it is reported, skipped, as <c>presentation.holder-binding-not-required</c>.</param>
    public static IReadOnlyList<CheckResult> Check(string? holder, bool holderProven, IReadOnlyList<EmbeddedCredentialReport> credentials, bool required)
    {
        if (!holderProven || string.IsNullOrEmpty(holder))
        {
            return [new(Name, CheckOutcome.Skipped, CheckCodes.PresentationSkipped, "Not checked: the holder is not proven, so there is no one to compare the credentials' subjects with.")];
        }

        if (credentials.Count == 0)
        {
            return [new(Name, CheckOutcome.Skipped, CheckCodes.PresentationNoCredentials, "Not checked: the presentation holds no credentials.")];
        }

        var mismatches = new List<CheckResult>();
        var unbound = new List<string>();
        foreach (var credential in credentials)
        {
            var subject = SubjectDid(credential.Report.Content?.SubjectId);
            if (subject is null)
            {
                unbound.Add(credential.Pointer);
            }
            else if (!string.Equals(subject, holder, StringComparison.Ordinal))
            {
                mismatches.Add(required
                    ? new(Name, CheckOutcome.Failed, CheckCodes.PresentationHolderNotSubject, $"This credential was issued to {Abbreviations.Short(subject)}, not to the holder {Abbreviations.Short(holder)} who signed the presentation.", credential.Pointer)
                    : new(Name, CheckOutcome.Skipped, CheckCodes.PresentationHolderBindingNotRequired, $"This credential was issued to {Abbreviations.Short(subject)}, not to the holder {Abbreviations.Short(holder)}; not enforced, as holder binding was not required.", credential.Pointer));
            }
        }

        if (mismatches.Count > 0)
        {
            return mismatches;
        }

        return unbound.Count == 0
            ? [new(Name, CheckOutcome.Passed, CheckCodes.PresentationHolderIsSubject, $"Every credential was issued to the holder {Abbreviations.Short(holder)} who signed the presentation.")]
            : [new(Name, CheckOutcome.Skipped, CheckCodes.PresentationSubjectUnbound, $"Not checked for {unbound.Count} credential(s): they name no DID as their subject, so nothing ties them to the holder.", unbound[0])];
    }

    // The subject's DID without a fragment, or null when the subject id is not a DID.
    private static string? SubjectDid(string? id)
    {
        if (id is null || !id.StartsWith("did:", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = id.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? id : id[..hash];
    }
}
