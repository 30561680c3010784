using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Whether the sealing certificate was valid when the seal was made (ETSI EN 319 102-1 §5.6.2.1). <c>sigT</c> is the
/// signer's own claim: a key holder can write any time there, so it can only prove a seal wrong, never right. The
/// best proof of existence is a validated signature time-stamp; without one the certificate is judged now, and a
/// certificate that has expired since gives Indeterminate (it cannot be shown the seal was made while it was valid).
/// </summary>
internal static class SealValidity
{
    public static (JadesOutcome Outcome, string Message, string? Code) Judge(SealTimes times, X509Certificate2 leaf, List<JadesProblem> problems)
    {
        var notBefore = new DateTimeOffset(leaf.NotBefore.ToUniversalTime());
        var notAfter = new DateTimeOffset(leaf.NotAfter.ToUniversalTime());
        var poe = times.ProofOfExistence;
        if (times.SigT is null && poe is null)
        {
            return Problem(problems, JadesOutcome.Indeterminate, CheckCodes.ProofSigningTimeMissing,
                $"the seal does not say when it was made (no sigT) and {times.TimeStampMessage}, so the certificate's validity at signing time is unknown");
        }

        if (times.SigT is { } sigT && Contradiction(sigT, "claimed signing time (sigT)", times, notBefore, notAfter) is { } claimed)
        {
            return Problem(problems, JadesOutcome.Failed, claimed.Code, claimed.Message);
        }

        if (poe is { } p)
        {
            return WithProof(times, p, notBefore, notAfter, problems);
        }

        if (times.Now > notAfter)
        {
            return Problem(problems, JadesOutcome.Indeterminate, CheckCodes.ProofNoProofOfExistence,
                $"cannot show the seal was made while its certificate was valid: the certificate expired on {notAfter:yyyy-MM-ddTHH:mm:ssZ}, the claimed signing time is only the signer's word, and {times.TimeStampMessage}");
        }

        if (times.Now < notBefore)
        {
            return Problem(problems, JadesOutcome.Failed, CheckCodes.ProofCertificateNotYetValid,
                $"the sealing certificate is not yet valid (valid from {notBefore:yyyy-MM-ddTHH:mm:ssZ})");
        }

        return (JadesOutcome.Passed,
            $"the sealing certificate is valid now (valid {notBefore:yyyy-MM-dd} to {notAfter:yyyy-MM-dd}) and at the claimed signing time {times.SigT:yyyy-MM-ddTHH:mm:ssZ}; {times.TimeStampMessage}", null);
    }

    private static (JadesOutcome Outcome, string Message, string? Code) WithProof(SealTimes times, DateTimeOffset poe, DateTimeOffset notBefore, DateTimeOffset notAfter, List<JadesProblem> problems)
    {
        if (times.SigT is { } sigT && sigT > poe + times.Skew)
        {
            return Problem(problems, JadesOutcome.Failed, CheckCodes.ProofTimestampInvalid,
                $"the seal claims to be made at {sigT:yyyy-MM-ddTHH:mm:ssZ}, after its validated time-stamp of {poe:yyyy-MM-ddTHH:mm:ssZ}");
        }

        if (poe < notBefore)
        {
            return Problem(problems, JadesOutcome.Failed, CheckCodes.ProofCertificateNotYetValid,
                $"the seal existed at {poe:yyyy-MM-ddTHH:mm:ssZ} (validated time-stamp), before its certificate became valid on {notBefore:yyyy-MM-ddTHH:mm:ssZ}");
        }

        if (poe > notAfter)
        {
            return Problem(problems, JadesOutcome.Indeterminate, CheckCodes.ProofNoProofOfExistence,
                $"cannot show the seal was made while its certificate was valid: the earliest proof that it existed is its time-stamp of {poe:yyyy-MM-ddTHH:mm:ssZ}, after the certificate expired on {notAfter:yyyy-MM-ddTHH:mm:ssZ}");
        }

        if (Contradiction(poe, "validated time-stamp", times, notBefore, notAfter) is { } issued)
        {
            return Problem(problems, JadesOutcome.Failed, issued.Code, issued.Message);
        }

        return (JadesOutcome.Passed,
            $"the sealing certificate was valid when the seal was proved to exist: its validated time-stamp of {poe:yyyy-MM-ddTHH:mm:ssZ}; valid {notBefore:yyyy-MM-dd} to {notAfter:yyyy-MM-dd}", null);
    }

    /// <summary>A time the seal was made at (by its claim or by proof) that contradicts the certificate or the credential.</summary>
    private static (string Code, string Message)? Contradiction(DateTimeOffset at, string source, SealTimes times, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        if (at > times.Now + times.Skew)
        {
            return (CheckCodes.ProofSigningTimeInFuture, $"the {source} {at:yyyy-MM-ddTHH:mm:ssZ} is in the future");
        }

        if (at < notBefore)
        {
            return (CheckCodes.ProofCertificateNotYetValid, $"the sealing certificate was not yet valid at the {source} {at:yyyy-MM-ddTHH:mm:ssZ}; valid from {notBefore:yyyy-MM-ddTHH:mm:ssZ}");
        }

        if (at > notAfter)
        {
            return (CheckCodes.ProofCertificateExpired, $"the sealing certificate had expired at the {source} {at:yyyy-MM-ddTHH:mm:ssZ}; valid until {notAfter:yyyy-MM-ddTHH:mm:ssZ}");
        }

        if (times.Issued is { } issued && issued > at + times.Skew)
        {
            return (CheckCodes.ProofIssuedAfterSeal, $"the credential says it was issued at {issued:yyyy-MM-ddTHH:mm:ssZ}, after its seal's {source} {at:yyyy-MM-ddTHH:mm:ssZ}");
        }

        return null;
    }

    private static (JadesOutcome Outcome, string Message, string? Code) Problem(List<JadesProblem> problems, JadesOutcome outcome, string code, string message)
    {
        problems.Add(new JadesProblem(code, message));
        return (outcome, message, code);
    }
}
