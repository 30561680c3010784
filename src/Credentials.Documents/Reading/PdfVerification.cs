using Credentials.Proofs.Findings;
using Credentials.Proofs.Jades;
using Credentials.Verifier;
using Credentials.Verifier.Reports;

namespace Credentials.Documents.Reading;

/// <summary>
/// Verifies the credential inside a learner's PDF certificate (page, API and CLI alike): the attached credential is
/// what is verified; the PDF's own seal is reported beside it — intact or changed, and whether its certificate names
/// the credential's issuer — because the printed pages are only as good as that seal.
/// </summary>
public static class PdfVerification
{
    /// <summary>Whether <paramref name="bytes"/> is a PDF.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => PdfCredentialReader.LooksLikePdf(bytes);

    /// <summary>Reads the PDF, verifies its credential and adds what the PDF's seal says to the report's notes.</summary>
    public static async Task<VerificationReport> VerifyAsync(CredentialVerifier verifier, byte[] pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        ArgumentNullException.ThrowIfNull(pdf);
        var read = PdfCredentialReader.Read(pdf);
        if (read.Credential is not { } attachment)
        {
            var message = "The PDF holds no credential file" + (read.Error is null ? string.Empty : " (" + read.Error.TrimEnd('.') + ")") + ", so there is nothing to verify: its pages alone prove nothing.";
            var checks = new List<CheckResult> { new(CheckNames.Format, CheckOutcome.Failed, CheckCodes.FormatPdfWithoutCredential, message) };
            return new VerificationReport { Verdict = Verdict.NotVerified, Checks = checks, InputNotes = [SealNote(read, null)] };
        }

        var report = await verifier.VerifyAsync(attachment.Content, cancellationToken).ConfigureAwait(false);
        return report with { InputNotes = [SealNote(read, report), .. report.InputNotes] };
    }

    private static string SealNote(PdfCredentialReadResult read, VerificationReport? report)
    {
        const string Taken = "the credential was taken out of the PDF certificate";
        return read.Signature switch
        {
            PdfSignatureState.Intact when read.SignerCertificate is { } certificate => Taken + ", whose seal by " + Sealer(certificate) + " is intact" + Binding(certificate, report),
            PdfSignatureState.Intact => Taken + ", whose seal is intact but names no certificate",
            PdfSignatureState.ChangedAfterSigning => Taken + "; the PDF was changed after it was sealed, so trust the credential shown here, not the printed pages",
            PdfSignatureState.Broken => Taken + "; the PDF's seal is broken, so trust the credential shown here, not the printed pages",
            _ => Taken + "; the PDF itself is not sealed, so its pages prove nothing beyond the credential shown here",
        };
    }

    private static string Sealer(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        var org = SealOrganisation.FromCertificate(certificate);
        return org.Organisation ?? org.CommonName ?? certificate.Subject;
    }

    // The seal belongs to the issuer when its organisation is the issuer's legal name or its registered identifier.
    private static string Binding(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, VerificationReport? report)
    {
        var org = SealOrganisation.FromCertificate(certificate);
        var names = new List<string>();
        if (report?.TrustedIssuer?.LegalName is { } trusted)
        {
            names.Add(trusted);
        }

        if (report?.Content?.MicroCredential?.Template.Issuer?.LegalName is { } legal)
        {
            names.AddRange(legal.Values);
        }

        var registration = report?.TrustedIssuer?.Registration;
        var same = (org.Organisation is { } o && names.Any(n => string.Equals(n.Trim(), o.Trim(), StringComparison.OrdinalIgnoreCase) || n.StartsWith(o + " (", StringComparison.OrdinalIgnoreCase)))
            || (registration is not null && org.OrganizationIdentifier is { } id && id.EndsWith(registration, StringComparison.OrdinalIgnoreCase));
        return same ? ", and it belongs to the credential's issuer" : ", but it does not name the credential's issuer";
    }
}
