using System.Text.Json;
using Credentials.Documents;
using Credentials.Documents.Certificates;
using Credentials.Documents.Signing;

namespace Credentials.Cli.Certificates;

/// <summary>Writes the learner's PDF certificate beside a credential file (to a temporary name, then moved into place).</summary>
internal sealed class PdfCertificates(string verifyUrl, string? language, PdfSeal? seal)
{
    private readonly PdfCertificateWriter writer = new(TimeProvider.System);

    /// <summary>The address in the QR code when a credential has no share link of its own.</summary>
    public string VerifyUrl => verifyUrl;

    /// <summary>Whether the PDFs are sealed.</summary>
    public bool Sealed => seal is not null;

    /// <summary><c>out/aijala.jwt</c> → <c>out/aijala.pdf</c>.</summary>
    public static string PathBeside(string credentialPath) => Path.ChangeExtension(credentialPath, ".pdf");

    /// <summary>Writes <paramref name="pdfPath"/> for the credential file <paramref name="credentialFile"/> named <paramref name="fileName"/>.</summary>
    public void Write(string pdfPath, byte[] credentialFile, string fileName, string? link = null, JsonElement? credential = null)
    {
        var pdf = writer.Write(new CertificateInput
        {
            Credential = credential,
            CredentialFile = credentialFile,
            CredentialFileName = fileName,
            VerificationUrl = link ?? verifyUrl,
            Language = language,
        }, seal);
        var temporary = pdfPath + ".tmp";
        File.WriteAllBytes(temporary, pdf);
        File.Move(temporary, pdfPath, overwrite: true);
    }
}
