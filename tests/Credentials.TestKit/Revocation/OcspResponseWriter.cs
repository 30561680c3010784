using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.TestKit.Revocation;

/// <summary>Writes RFC 6960 §4.2.1 OCSP responses with a P-256 key (ecdsa-with-SHA256), for tests.</summary>
public static class OcspResponseWriter
{
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Context1 = new(TagClass.ContextSpecific, 1, isConstructed: true);

    /// <summary>A successful OCSPResponse with one SingleResponse for <paramref name="certId"/> (its DER CertID).</summary>
    /// <param name="certId">The DER CertID the response speaks for.</param>
    /// <param name="status">0 good, 1 revoked, 2 unknown.</param>
    /// <param name="revokedAt">The revocation time when <paramref name="status"/> is 1.</param>
    /// <param name="thisUpdate">thisUpdate, also producedAt.</param>
    /// <param name="nextUpdate">nextUpdate, or null.</param>
    /// <param name="signer">The key that signs, with the responder's name.</param>
    /// <param name="responderName">The responder's name (responderID byName).</param>
    /// <param name="certificates">Certificates to carry in BasicOCSPResponse.certs (a delegated responder's).</param>
    /// <param name="extensions">Encoded Extension values to put in responseExtensions (a nonce, padding).</param>
    public static byte[] Write(
        ReadOnlySpan<byte> certId, int status, DateTimeOffset? revokedAt, DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate,
        ECDsa signer, X500DistinguishedName responderName, IReadOnlyList<X509Certificate2> certificates, IReadOnlyList<byte[]> extensions)
    {
        var tbs = new AsnWriter(AsnEncodingRules.DER);
        using (tbs.PushSequence())
        {
            using (tbs.PushSequence(Context1))
            {
                tbs.WriteEncodedValue(responderName.RawData);
            }

            tbs.WriteGeneralizedTime(thisUpdate, omitFractionalSeconds: true);
            using (tbs.PushSequence())
            using (tbs.PushSequence())
            {
                tbs.WriteEncodedValue(certId);
                WriteStatus(tbs, status, revokedAt);
                tbs.WriteGeneralizedTime(thisUpdate, omitFractionalSeconds: true);
                if (nextUpdate is { } next)
                {
                    using (tbs.PushSequence(Context0))
                    {
                        tbs.WriteGeneralizedTime(next, omitFractionalSeconds: true);
                    }
                }
            }

            if (extensions.Count > 0)
            {
                using (tbs.PushSequence(Context1))
                using (tbs.PushSequence())
                {
                    foreach (var extension in extensions)
                    {
                        tbs.WriteEncodedValue(extension);
                    }
                }
            }
        }

        var tbsBytes = tbs.Encode();
        var basic = new AsnWriter(AsnEncodingRules.DER);
        using (basic.PushSequence())
        {
            basic.WriteEncodedValue(tbsBytes);
            using (basic.PushSequence())
            {
                basic.WriteObjectIdentifier("1.2.840.10045.4.3.2");
            }

            basic.WriteBitString(signer.SignData(tbsBytes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
            if (certificates.Count > 0)
            {
                using (basic.PushSequence(Context0))
                using (basic.PushSequence())
                {
                    foreach (var certificate in certificates)
                    {
                        basic.WriteEncodedValue(certificate.RawData);
                    }
                }
            }
        }

        var response = new AsnWriter(AsnEncodingRules.DER);
        using (response.PushSequence())
        {
            response.WriteEnumeratedValue(ResponseStatus.Successful);
            using (response.PushSequence(Context0))
            using (response.PushSequence())
            {
                response.WriteObjectIdentifier("1.3.6.1.5.5.7.48.1.1");
                response.WriteOctetString(basic.Encode());
            }
        }

        return response.Encode();
    }

    /// <summary>An OCSPResponse with only a non-successful responseStatus (RFC 6960 §4.2.1: tryLater is 3).</summary>
    public static byte[] Unsuccessful(int status)
    {
        var response = new AsnWriter(AsnEncodingRules.DER);
        using (response.PushSequence())
        {
            response.WriteEnumeratedValue((ResponseStatus)status);
        }

        return response.Encode();
    }

    /// <summary>A non-critical Extension with an unregistered OID and <paramref name="size"/> zero bytes.</summary>
    public static byte[] Padding(int size)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("1.3.6.1.4.1.99999.1");
            writer.WriteOctetString(new byte[size]);
        }

        return writer.Encode();
    }

    private static void WriteStatus(AsnWriter writer, int status, DateTimeOffset? revokedAt)
    {
        switch (status)
        {
            case 1:
                using (writer.PushSequence(Context1))
                {
                    writer.WriteGeneralizedTime(revokedAt ?? throw new ArgumentNullException(nameof(revokedAt)), omitFractionalSeconds: true);
                }

                break;
            case 2:
                writer.WriteNull(new Asn1Tag(TagClass.ContextSpecific, 2));
                break;
            default:
                writer.WriteNull(new Asn1Tag(TagClass.ContextSpecific, 0));
                break;
        }
    }

    private enum ResponseStatus
    {
        Successful = 0,
    }
}
