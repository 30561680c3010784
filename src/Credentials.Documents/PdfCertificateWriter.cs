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
    /// <exception cref="ArgumentException">The file name or link is empty, or no credential is given and the file is unreadable.</exception>
    public byte[] Write(CertificateInput input, PdfSeal? seal = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.CredentialFileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.VerificationUrl);
        var document = input.Credential ?? CredentialPayload.Read(input.CredentialFile.Span)
            ?? throw new ArgumentException("the credential file is neither a JWS nor a JSON credential", nameof(input));
        var credential = ElmCredentialReader.Read(document);
        var header = CredentialHeader.Read(document);
        var now = clock.GetUtcNow();
        var languages = CertificateLanguages.Order(credential, input.Language);
        var pages = languages.Select(l => CertificateFacts.Page(credential, header, l)).ToList();

        using var pdf = new PdfDocument();
        pdf.Info.Title = pages[0].Title;
        pdf.Info.Subject = pages[0].Labels.Kind + ": " + pages[0].Learner;
        pdf.Info.Author = credential.Template.Issuer?.LegalName?.Best([languages[0], "en"]) ?? "";
        pdf.Info.Creator = "Credentials";
        pdf.Info.CreationDate = now.UtcDateTime;
        pdf.Info.ModificationDate = now.UtcDateTime;
        foreach (var page in pages)
        {
            new CertificateRenderer(pdf, input.VerificationUrl, header.Id ?? "", input.CredentialFileName, seal is not null).Render(page);
        }

        using (var file = new MemoryStream(input.CredentialFile.ToArray(), writable: false))
        {
            pdf.AddEmbeddedFile(input.CredentialFileName, file);
        }

        if (seal is not null)
        {
            DigitalSignatureHandler.ForDocument(pdf, new PlaceholderSigner(seal), new DigitalSignatureOptions
            {
                Reason = pages[0].Labels.Sealed,
                Location = credential.Template.Issuer?.CountryCode ?? "",
                AppName = "Credentials",
            });
        }

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        var bytes = output.ToArray();
        if (seal is not null)
        {
            PadesSignature.Complete(bytes, seal, now);
        }

        return bytes;
    }
}
