using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// The JAdES <c>kid</c>: base64 of the DER IssuerSerial of the signing certificate (ETSI TS 119 182-1,
/// IssuerSerial as in RFC 5035: <c>SEQUENCE { issuer GeneralNames, serialNumber CertificateSerialNumber }</c>).
/// </summary>
internal static class IssuerSerial
{
    private static readonly Asn1Tag DirectoryName = new(TagClass.ContextSpecific, 4, isConstructed: true);

    /// <summary>The base64 DER IssuerSerial of <paramref name="certificate"/>.</summary>
    public static string Encode(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence(DirectoryName))
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }
            }

            writer.WriteInteger(certificate.SerialNumberBytes.Span);
        }

        return Convert.ToBase64String(writer.Encode());
    }

    /// <summary>
    /// Whether <paramref name="kid"/> is an IssuerSerial; when it is, <paramref name="matches"/> says whether it names
    /// <paramref name="certificate"/>. A kid that is not an IssuerSerial is left alone: RFC 7515 §4.1.4 leaves its form open.
    /// </summary>
    public static bool TryMatch(string kid, X509Certificate2 certificate, out bool matches)
    {
        matches = false;
        var bytes = new byte[kid.Length];
        if (!Convert.TryFromBase64String(kid, bytes, out var length))
        {
            return false;
        }

        try
        {
            var reader = new AsnReader(bytes.AsMemory(0, length), AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            var names = sequence.ReadSequence();
            var serial = sequence.ReadInteger();
            sequence.ThrowIfNotEmpty();
            var issuerMatches = false;
            while (names.HasData)
            {
                if (names.PeekTag() == DirectoryName)
                {
                    var name = names.ReadSequence(DirectoryName).ReadEncodedValue();
                    issuerMatches |= name.Span.SequenceEqual(certificate.IssuerName.RawData);
                }
                else
                {
                    names.ReadEncodedValue();
                }
            }

            var certificateSerial = new BigInteger(certificate.SerialNumberBytes.Span, isUnsigned: false, isBigEndian: true);
            matches = issuerMatches && serial == certificateSerial;
            return true;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
