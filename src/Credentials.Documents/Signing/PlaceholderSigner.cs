using PdfSharp.Pdf.Signatures;

namespace Credentials.Documents.Signing;

/// <summary>
/// Lets PDFsharp lay out the signature field, the signature dictionary and a <c>/Contents</c> placeholder of the
/// right size; <see cref="PadesSignature.Complete"/> then writes the real CMS signature into the saved file.
/// </summary>
internal sealed class PlaceholderSigner(PdfSeal seal) : IDigitalSigner
{
    public string CertificateName => seal.Certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false);

    /// <summary>Room for the certificates, an RSA-4096 signature and the signed attributes, with a margin.</summary>
    public int Size => 3072 + seal.Certificate.RawData.Length + seal.Chain.Sum(c => c.RawData.Length);

    public Task<int> GetSignatureSizeAsync() => Task.FromResult(Size);

    public Task<byte[]> GetSignatureAsync(Stream stream) => Task.FromResult(new byte[Size]);
}
