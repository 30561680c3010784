using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using Credentials.Documents.Signing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Credentials.Documents.Reading;

/// <summary>
/// Takes the signed credential out of a PDF certificate and says whether the PDF's own signature is intact and who
/// made it. It never throws for a bad file: <see cref="PdfCredentialReadResult.Error"/> says what is wrong. It does
/// not decide whether the signer is trusted or is the credential's issuer: that is the verifier's work.
/// </summary>
public static class PdfCredentialReader
{
    private const int MaxAttachments = 100;
    private const int MaxTreeDepth = 10;
    private static readonly string[] CredentialExtensions = [".jwt", ".json", ".jsonld"];
    private static readonly System.Buffers.SearchValues<byte> NameEnd = System.Buffers.SearchValues.Create(" /<>[]()\r\n\t"u8);

    /// <summary>True when <paramref name="bytes"/> start like a PDF (<c>%PDF-</c>, PDF 32000-1 §7.5.2).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes.TrimStart(" \t\r\n"u8).StartsWith("%PDF-"u8);

    /// <summary>Reads the attachments and the signature of a PDF held in memory (the caller limits its size).</summary>
    public static PdfCredentialReadResult Read(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (!LooksLikePdf(pdf))
        {
            return new PdfCredentialReadResult { Error = "The file is not a PDF." };
        }

        List<PdfAttachment> attachments;
        try
        {
            using var document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
            attachments = Attachments(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PDFsharp reports damaged, encrypted or unsupported files with several exception types.
            return new PdfCredentialReadResult { Error = "The PDF cannot be read; it may be damaged or encrypted." };
        }

        var credential = attachments.FirstOrDefault(a => CredentialExtensions.Any(x => a.Name.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            ?? (attachments.Count == 1 ? attachments[0] : null);
        return WithSignature(new PdfCredentialReadResult { Attachments = attachments, Credential = credential }, pdf);
    }

    private static PdfCredentialReadResult WithSignature(PdfCredentialReadResult result, byte[] pdf)
    {
        if (SignatureRange.Find(pdf) is not { } range)
        {
            return pdf.AsSpan().IndexOf("/ByteRange"u8) >= 0 ? result with { Signature = PdfSignatureState.Broken } : result;
        }

        var format = SubFilter(pdf, range);
        var cms = new SignedCms(new ContentInfo(range.SignedBytes(pdf)), detached: true);
        try
        {
            cms.Decode(range.Contents(pdf));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return result with { Signature = PdfSignatureState.Broken, SignatureFormat = format };
        }

        var signer = cms.SignerInfos.Count == 1 ? cms.SignerInfos[0].Certificate : null;
        var others = cms.Certificates.Cast<System.Security.Cryptography.X509Certificates.X509Certificate2>()
            .Where(c => signer is null || !c.RawData.AsSpan().SequenceEqual(signer.RawData)).ToList();
        PdfSignatureState state;
        try
        {
            // Checks the signer's signature over the signed attributes and the message digest over the ByteRange.
            cms.CheckSignature(verifySignatureOnly: true);
            state = signer is null ? PdfSignatureState.Broken
                : range.CoversWholeFile(pdf.Length) ? PdfSignatureState.Intact
                : PdfSignatureState.ChangedAfterSigning;
        }
        catch (CryptographicException)
        {
            state = PdfSignatureState.Broken;
        }

        return result with { Signature = state, SignatureFormat = format, SignerCertificate = signer, SignatureCertificates = others };
    }

    private static string? SubFilter(byte[] pdf, SignatureRange range)
    {
        var from = Math.Max(0, range.ContentsStart - 2000);
        var window = pdf.AsSpan(from, Math.Min(pdf.Length - from, range.ContentsLength + 4000));
        var at = window.IndexOf("/SubFilter"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = window[(at + "/SubFilter".Length)..].TrimStart(" \r\n\t"u8);
        if (rest.IsEmpty || rest[0] != (byte)'/')
        {
            return null;
        }

        var end = rest[1..].IndexOfAny(NameEnd);
        return Encoding.ASCII.GetString(end < 0 ? rest[1..] : rest[1..(end + 1)]);
    }

    private static List<PdfAttachment> Attachments(PdfDocument document)
    {
        var found = new List<PdfAttachment>();
        var root = document.Internals.Catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/EmbeddedFiles");
        if (root is not null)
        {
            Walk(root, found, 0);
        }

        return found;
    }

    // PDF 32000-1 §7.9.6: a name tree node has /Names [key value …] or /Kids [node …].
    private static void Walk(PdfDictionary node, List<PdfAttachment> found, int depth)
    {
        if (depth > MaxTreeDepth)
        {
            return;
        }

        if (node.Elements.GetArray("/Names") is { } names)
        {
            for (var i = 0; i + 1 < names.Elements.Count && found.Count < MaxAttachments; i += 2)
            {
                if (names.Elements.GetDictionary(i + 1) is { } spec && File(spec, names.Elements[i]) is { } attachment)
                {
                    found.Add(attachment);
                }
            }
        }

        if (node.Elements.GetArray("/Kids") is { } kids)
        {
            for (var i = 0; i < kids.Elements.Count; i++)
            {
                if (kids.Elements.GetDictionary(i) is { } kid)
                {
                    Walk(kid, found, depth + 1);
                }
            }
        }
    }

    private static PdfAttachment? File(PdfDictionary spec, PdfItem key)
    {
        var stream = spec.Elements.GetDictionary("/EF")?.Elements.GetDictionary("/F")?.Stream;
        if (stream is null)
        {
            return null;
        }

        var name = spec.Elements.GetString("/UF") is { Length: > 0 } uf ? uf
            : spec.Elements.GetString("/F") is { Length: > 0 } f ? f
            : (key as PdfString)?.Value ?? "attachment";
        return new PdfAttachment(name, stream.UnfilteredValue);
    }
}
