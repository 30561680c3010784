using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Documents.Signing;

/// <summary>
/// The ESS <c>signing-certificate-v2</c> signed attribute (RFC 5035 §3), which PAdES baseline B requires (ETSI EN 319
/// 142-1 §5.1.1, via EN 319 122-1 §5.2.2): it binds the signature to the seal certificate by its SHA-256 hash.
/// </summary>
internal static class SigningCertificateV2
{
    private const string Oid = "1.2.840.113549.1.9.16.2.47";

    public static AsnEncodedData Attribute(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                // ESSCertIDv2: hashAlgorithm is left out because SHA-256 is its DEFAULT (RFC 5035 §4).
                using (writer.PushSequence())
                {
                    writer.WriteOctetString(SHA256.HashData(certificate.RawData));
                    using (writer.PushSequence())
                    {
                        using (writer.PushSequence())
                        {
                            // GeneralName directoryName [4] EXPLICIT Name
                            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                            {
                                writer.WriteEncodedValue(certificate.IssuerName.RawData);
                            }
                        }

                        writer.WriteInteger(certificate.SerialNumberBytes.Span);
                    }
                }
            }
        }

        return new AsnEncodedData(Oid, writer.Encode());
    }
}
