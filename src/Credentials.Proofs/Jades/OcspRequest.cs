using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>An OCSP request for one certificate (RFC 6960 §4.1.1), unsigned and without a nonce, as RFC 5019 profiles it.</summary>
internal static class OcspRequest
{
    public const string MediaType = "application/ocsp-request";
    private const string Sha1Oid = "1.3.14.3.2.26";

    public static byte[] For(X509Certificate2 certificate, X509Certificate2 issuer)
    {
        // CertID with SHA-1 hashes, which RFC 5019 §2.1.1 has every responder understand; they only name the issuer.
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(Sha1Oid);
                writer.WriteNull();
            }

            writer.WriteOctetString(CryptographicOperations.HashData(HashAlgorithmName.SHA1, issuer.SubjectName.RawData));
            writer.WriteOctetString(CryptographicOperations.HashData(HashAlgorithmName.SHA1, issuer.PublicKey.EncodedKeyValue.RawData));
            writer.WriteInteger(certificate.SerialNumberBytes.Span);
        }

        return writer.Encode();
    }
}
