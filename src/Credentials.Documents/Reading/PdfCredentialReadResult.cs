using System.Security.Cryptography.X509Certificates;

namespace Credentials.Documents.Reading;

/// <summary>What <see cref="PdfCredentialReader"/> found in a PDF.</summary>
public sealed record PdfCredentialReadResult
{
    /// <summary>Why the file could not be read as a PDF, in one sentence; null when it could.</summary>
    public string? Error { get; init; }

    /// <summary>Every embedded file, in the PDF's order.</summary>
    public IReadOnlyList<PdfAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// The embedded credential: the first attachment named <c>.jwt</c>, <c>.json</c> or <c>.jsonld</c>, else the only
    /// attachment; null when there is none.
    /// </summary>
    public PdfAttachment? Credential { get; init; }

    /// <summary>Whether the PDF signature is intact.</summary>
    public PdfSignatureState Signature { get; init; }

    /// <summary>The signature's <c>/SubFilter</c>, e.g. <c>ETSI.CAdES.detached</c> (PAdES); null when unsigned.</summary>
    public string? SignatureFormat { get; init; }

    /// <summary>The certificate that signed the PDF (from the CMS signature); null when unsigned or unreadable.</summary>
    public X509Certificate2? SignerCertificate { get; init; }

    /// <summary>The certificates carried in the signature besides the signer's (for building a chain).</summary>
    public IReadOnlyList<X509Certificate2> SignatureCertificates { get; init; } = [];
}
