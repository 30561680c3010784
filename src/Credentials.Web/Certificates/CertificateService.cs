using Credentials.Documents;
using Credentials.Documents.Certificates;
using Credentials.Documents.Signing;
using Credentials.Model.Registry;

namespace Credentials.Web.Certificates;

/// <summary>
/// Makes the learner's PDF certificate of a credential the registry keeps, sealed when the service has a PDF seal
/// certificate. PDFs are made on request and not stored: the registry's copy of the credential is the source.
/// </summary>
internal sealed class CertificateService(PdfCertificateWriter writer, PdfSeal? seal, string publicBaseUrl)
{
    /// <summary>The verification page, for a credential without a share link of its own.</summary>
    public string VerificationPage => publicBaseUrl + "/";

    /// <summary>
    /// The PDF of <paramref name="record"/>, or null when the registry did not keep its content. The credential is
    /// attached as <paramref name="fileName"/> (default <see cref="FileName"/>).
    /// </summary>
    public byte[]? Make(IssuedCredentialRecord record, string? link, string? language, string? fileName = null)
    {
        if (record.Content.IsEmpty)
        {
            return null;
        }

        return writer.Write(new CertificateInput
        {
            CredentialFile = record.Content,
            CredentialFileName = fileName ?? FileName(record),
            VerificationUrl = link ?? VerificationPage,
            Language = language,
        }, seal);
    }

    /// <summary>The learner's file name: the student number (or "credential") with the format's extension.</summary>
    public static string FileName(IssuedCredentialRecord record)
    {
        static bool Safe(string? name) => name is { Length: > 0 and <= 64 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        var stem = Safe(record.StudentNumber) ? record.StudentNumber! : Safe(record.LearnerReference) ? record.LearnerReference : "credential";
        return stem + (record.Format == "vc-jwt" ? ".jwt" : ".json");
    }
}
