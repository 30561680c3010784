using Credentials.Documents.Certificates;
using Credentials.Documents.Fonts;
using Credentials.Documents.Signing;
using Credentials.Model.Elm;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;

namespace Credentials.Documents;

/// <summary>
/// Makes the learner's PDF certificate for one issued credential: A4, one page (or more) per language with the
/// learner's language first, the verification link with its QR code, the credential id, and the signed credential
/// file embedded byte for byte as a PDF attachment. With a <see cref="PdfSeal"/> the PDF is signed (PAdES
/// baseline B). Thread-safe; one instance serves a whole batch.
/// </summary>
public sealed class PdfCertificateWriter
{
    private readonly TimeProvider clock;

    /// <summary>Creates a writer that dates documents and signatures by <paramref name="clock"/>.</summary>
    public PdfCertificateWriter(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
        BundledFontResolver.EnsureInstalled();
    }

    /// <summary>Returns the PDF's bytes.</summary>
    /// <param name="input">The credential, its file and the verification link.</param>
    /// <param name="seal">The issuer's seal certificate; null leaves the PDF unsigned (the embedded credential is signed either way).</param>
    /// <exception cref="ArgumentException">The file name or link is empty.</exception>
    public byte[] Write(CertificateInput input, PdfSeal? seal = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.CredentialFileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.VerificationUrl);
        var credential = ElmCredentialReader.Read(input.Credential);
        var header = CredentialHeader.Read(input.Credential);
        var now = clock.GetUtcNow();
        var languages = CertificateLanguages.Order(credential, input.Language);
        var pages = languages.Select(l => CertificateFacts.Page(credential, header, l)).ToList();

        using var document = new PdfDocument();
        document.Info.Title = pages[0].Title;
        document.Info.Subject = pages[0].Labels.Kind + ": " + pages[0].Learner;
        document.Info.Author = credential.Template.Issuer?.LegalName?.Best([languages[0], "en"]) ?? "";
        document.Info.Creator = "Credentials";
        document.Info.CreationDate = now.UtcDateTime;
        document.Info.ModificationDate = now.UtcDateTime;
        foreach (var page in pages)
        {
            new CertificateRenderer(document, input.VerificationUrl, header.Id ?? "", input.CredentialFileName, seal is not null).Render(page);
        }

        using (var file = new MemoryStream(input.CredentialFile.ToArray(), writable: false))
        {
            document.AddEmbeddedFile(input.CredentialFileName, file);
        }

        if (seal is not null)
        {
            DigitalSignatureHandler.ForDocument(document, new PlaceholderSigner(seal), new DigitalSignatureOptions
            {
                Reason = pages[0].Labels.Sealed,
                Location = credential.Template.Issuer?.CountryCode ?? "",
                AppName = "Credentials",
            });
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        var bytes = output.ToArray();
        if (seal is not null)
        {
            PadesSignature.Complete(bytes, seal, now);
        }

        return bytes;
    }
}
