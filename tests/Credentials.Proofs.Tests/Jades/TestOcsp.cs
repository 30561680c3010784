using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>OCSP responses (RFC 6960 §4.2.1) signed by a test CA's P-256 key, for one certificate.</summary>
internal static class TestOcsp
{
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Context1 = new(TagClass.ContextSpecific, 1, isConstructed: true);

    public static byte[] Response(X509Certificate2 issuer, X509Certificate2 certificate, DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, DateTimeOffset? revokedAt = null)
    {
        var tbs = new AsnWriter(AsnEncodingRules.DER);
        using (tbs.PushSequence())
        {
            using (tbs.PushSequence(Context1))
            {
                tbs.WriteEncodedValue(issuer.SubjectName.RawData);
            }

            tbs.WriteGeneralizedTime(thisUpdate, omitFractionalSeconds: true);
            using (tbs.PushSequence())
            using (tbs.PushSequence())
            {
                using (tbs.PushSequence())
                {
                    using (tbs.PushSequence())
                    {
                        tbs.WriteObjectIdentifier("1.3.14.3.2.26");
                        tbs.WriteNull();
                    }

                    tbs.WriteOctetString(CryptographicOperations.HashData(HashAlgorithmName.SHA1, issuer.SubjectName.RawData));
                    tbs.WriteOctetString(CryptographicOperations.HashData(HashAlgorithmName.SHA1, issuer.PublicKey.EncodedKeyValue.RawData));
                    tbs.WriteInteger(certificate.SerialNumberBytes.Span);
                }

                if (revokedAt is { } at)
                {
                    using (tbs.PushSequence(Context1))
                    {
                        tbs.WriteGeneralizedTime(at, omitFractionalSeconds: true);
                    }
                }
                else
                {
                    tbs.WriteNull(new Asn1Tag(TagClass.ContextSpecific, 0));
                }

                tbs.WriteGeneralizedTime(thisUpdate, omitFractionalSeconds: true);
                if (nextUpdate is { } next)
                {
                    using (tbs.PushSequence(Context0))
                    {
                        tbs.WriteGeneralizedTime(next, omitFractionalSeconds: true);
                    }
                }
            }
        }

        var tbsBytes = tbs.Encode();
        using var key = issuer.GetECDsaPrivateKey()!;
        var signature = key.SignData(tbsBytes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var basic = new AsnWriter(AsnEncodingRules.DER);
        using (basic.PushSequence())
        {
            basic.WriteEncodedValue(tbsBytes);
            using (basic.PushSequence())
            {
                basic.WriteObjectIdentifier("1.2.840.10045.4.3.2");
            }

            basic.WriteBitString(signature);
        }

        var response = new AsnWriter(AsnEncodingRules.DER);
        using (response.PushSequence())
        {
            response.WriteEnumeratedValue(Status.Successful);
            using (response.PushSequence(Context0))
            using (response.PushSequence())
            {
                response.WriteObjectIdentifier("1.3.6.1.5.5.7.48.1.1");
                response.WriteOctetString(basic.Encode());
            }
        }

        return response.Encode();
    }

    private enum Status
    {
        Successful = 0,
    }
}
