using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Credentials.Documents.Signing;

/// <summary>
/// Completes a PDF that PDFsharp saved with a <see cref="PlaceholderSigner"/> into a PAdES baseline B signature (ETSI
/// EN 319 142-1 §6.3, level B-B): <c>/SubFilter /ETSI.CAdES.detached</c>, a detached CMS SignedData over the
/// <c>/ByteRange</c> with the content-type, message-digest and signing-certificate-v2 attributes and no
/// signing-time attribute (the time is the dictionary's <c>/M</c>). PDFsharp 6.2.4 writes
/// <c>/adbe.pkcs7.detached</c> and cannot be told otherwise; both names have 20 bytes, so replacing it moves no offset.
/// </summary>
internal static class PadesSignature
{
    private static readonly byte[] PdfSharpSubFilter = "/adbe.pkcs7.detached"u8.ToArray();
    private static readonly byte[] PadesSubFilter = "/ETSI.CAdES.detached"u8.ToArray();

    public static void Complete(byte[] pdf, PdfSeal seal, DateTimeOffset signingTime)
    {
        var range = SignatureRange.Find(pdf) ?? throw new InvalidOperationException("PDFsharp wrote no signature placeholder");
        Replace(pdf, range, PdfSharpSubFilter, PadesSubFilter);
        SetSigningTime(pdf, range, signingTime);

        var signed = range.SignedBytes(pdf);
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, seal.Certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(seal.Chain.ToArray());
        signer.SignedAttributes.Add(SigningCertificateV2.Attribute(seal.Certificate));
        cms.ComputeSignature(signer, silent: true);
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(cms.Encode()));
        if (hex.Length > range.ContentsLength - 2)
        {
            throw new InvalidOperationException("the signature is larger than the room PDFsharp reserved for it");
        }

        hex.CopyTo(pdf, range.ContentsStart + 1);
    }

    private static void Replace(byte[] pdf, SignatureRange range, byte[] from, byte[] to)
    {
        var at = pdf.AsSpan(0, range.ContentsStart).LastIndexOf(from);
        if (at < 0)
        {
            at = pdf.AsSpan(range.ContentsStart + range.ContentsLength).IndexOf(from);
            at = at < 0 ? throw new InvalidOperationException("PDFsharp's signature dictionary has no SubFilter") : at + range.ContentsStart + range.ContentsLength;
        }

        to.CopyTo(pdf, at);
    }

    // PDFsharp stamps /M with the machine's local clock; the injected clock decides, written in UTC with the same
    // length (PDF 32000-1 §7.9.4 date: D:YYYYMMDDHHmmSS+HH'mm').
    private static void SetSigningTime(byte[] pdf, SignatureRange range, DateTimeOffset time)
    {
        var dictionaryStart = pdf.AsSpan(0, range.ContentsStart).LastIndexOf("<<"u8);
        var end = pdf.AsSpan(range.ContentsStart).IndexOf(">>"u8) + range.ContentsStart;
        var marker = pdf.AsSpan(dictionaryStart, end - dictionaryStart).IndexOf("/M(D:"u8);
        if (dictionaryStart < 0 || marker < 0)
        {
            return;
        }

        var start = dictionaryStart + marker + 3;
        var close = Array.IndexOf(pdf, (byte)')', start);
        var text = "D:" + time.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
        if (close - start == text.Length)
        {
            Encoding.ASCII.GetBytes(text).CopyTo(pdf, start);
        }
    }
}
