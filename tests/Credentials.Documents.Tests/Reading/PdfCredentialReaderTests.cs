using System.Text;
using Credentials.Documents.Reading;

namespace Credentials.Documents.Tests.Reading;

public sealed class PdfCredentialReaderTests
{
    [Fact]
    public void Read_SealedCertificate_ReturnsTheCredentialTheIntactSignatureAndTheSigner()
    {
        var (pdf, file) = Certificates.Make(seal: Certificates.Seal);

        var result = PdfCredentialReader.Read(pdf);

        result.Error.Should().BeNull();
        result.Credential!.Name.Should().Be("900201.jwt");
        result.Credential.Content.ToArray().Should().Equal(file);
        result.Signature.Should().Be(PdfSignatureState.Intact);
        result.SignatureFormat.Should().Be("ETSI.CAdES.detached");
        result.SignerCertificate!.Thumbprint.Should().Be(Certificates.Seal.Certificate.Thumbprint);
    }

    [Fact]
    public void Read_UnsignedCertificate_ReturnsTheCredentialAndNoSignature()
    {
        var (pdf, file) = Certificates.Make();

        var result = PdfCredentialReader.Read(pdf);

        result.Credential!.Content.ToArray().Should().Equal(file);
        result.Signature.Should().Be(PdfSignatureState.None);
        result.SignerCertificate.Should().BeNull();
    }

    [Fact]
    public void Read_OneSignedByteChanged_ReportsBroken()
    {
        var (pdf, _) = Certificates.Make(seal: Certificates.Seal);
        var at = pdf.AsSpan().IndexOf("/Creator"u8);
        at.Should().BePositive();
        pdf[at + 1] = (byte)'X';

        var result = PdfCredentialReader.Read(pdf);

        result.Signature.Should().Be(PdfSignatureState.Broken);
    }

    [Fact]
    public void Read_BytesAppendedAfterSigning_ReportsChangedAfterSigning()
    {
        var (pdf, _) = Certificates.Make(seal: Certificates.Seal);
        byte[] appended = [.. pdf, .. "\n% added later\n"u8];

        var result = PdfCredentialReader.Read(appended);

        result.Signature.Should().Be(PdfSignatureState.ChangedAfterSigning);
    }

    [Theory]
    [InlineData("not a pdf at all")]
    [InlineData("%PDF-1.7\ngarbage without objects")]
    [InlineData("%PDF-1.4\n1 0 obj << /ByteRange [0 5 9 99999] >> endobj")]
    public void Read_BadInput_ReportsAnErrorOrNothingAndNeverThrows(string text)
    {
        var result = PdfCredentialReader.Read(Encoding.ASCII.GetBytes(text));

        result.Credential.Should().BeNull();
        (result.Error is not null || result.Signature == PdfSignatureState.Broken).Should().BeTrue();
    }
}
