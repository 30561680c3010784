using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// An OCSP response (RFC 6960 §4.2.1) from a seal's <c>rVals</c> <c>ocspVals</c>: an OCSPResponse or a bare
/// BasicOCSPResponse, signed by the certificate's issuer or by a responder the issuer delegated with id-kp-OCSPSigning.
/// </summary>
internal static class OcspValue
{
    private const string BasicResponseOid = "1.3.6.1.5.5.7.48.1.1";
    private const string OcspSigningUsage = "1.3.6.1.5.5.7.3.9";
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Context1 = new(TagClass.ContextSpecific, 1, isConstructed: true);

    /// <summary>What the response says about <paramref name="certificate"/>; null when it does not apply or does not verify.</summary>
    public static RevocationEvidence? Evaluate(byte[] response, X509Certificate2 certificate, X509Certificate2 issuer)
    {
        try
        {
            var basic = BasicResponse(response);
            if (basic is null)
            {
                return null;
            }

            var outer = new AsnReader(basic.Value, AsnEncodingRules.DER).ReadSequence();
            var tbsBytes = outer.ReadEncodedValue();
            var algorithm = outer.ReadSequence().ReadObjectIdentifier();
            var signature = outer.ReadBitString(out _);
            var certs = new List<X509Certificate2>();
            if (outer.HasData && outer.PeekTag().HasSameClassAndValue(Context0))
            {
                var sequence = outer.ReadSequence(Context0).ReadSequence();
                while (sequence.HasData && certs.Count < 8)
                {
                    certs.Add(X509CertificateLoader.LoadCertificate(sequence.ReadEncodedValue().Span));
                }
            }

            var tbs = new AsnReader(tbsBytes, AsnEncodingRules.DER).ReadSequence();
            var producedAt = ReadToProducedAt(tbs);
            if (!SignedByAuthorisedResponder(tbsBytes.Span, algorithm, signature, issuer, certs, producedAt))
            {
                return null;
            }

            var responses = tbs.ReadSequence();
            while (responses.HasData)
            {
                if (Single(responses.ReadSequence(), certificate, issuer) is { } evidence)
                {
                    return evidence;
                }
            }

            return null;
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException)
        {
            return null;
        }
    }

    private static ReadOnlyMemory<byte>? BasicResponse(byte[] response)
    {
        var reader = new AsnReader(response, AsnEncodingRules.DER).ReadSequence();
        if (!reader.PeekTag().HasSameClassAndValue(Asn1Tag.Enumerated))
        {
            return response;
        }

        // OCSPResponse: responseStatus 0 (successful), responseBytes with id-pkix-ocsp-basic.
        if (reader.ReadEnumeratedValue<OcspStatus>() != OcspStatus.Successful || !reader.HasData)
        {
            return null;
        }

        var bytes = reader.ReadSequence(Context0).ReadSequence();
        return bytes.ReadObjectIdentifier() == BasicResponseOid ? bytes.ReadOctetString() : null;
    }

    private static DateTimeOffset ReadToProducedAt(AsnReader tbs)
    {
        if (tbs.PeekTag().HasSameClassAndValue(Context0))
        {
            tbs.ReadEncodedValue();
        }

        tbs.ReadEncodedValue();
        return tbs.ReadGeneralizedTime();
    }

    // RFC 6960 §4.2.2.2: the issuing CA itself, or a responder certificate the CA issued with id-kp-OCSPSigning.
    private static bool SignedByAuthorisedResponder(
        ReadOnlySpan<byte> tbs, string algorithm, byte[] signature, X509Certificate2 issuer, List<X509Certificate2> certs, DateTimeOffset producedAt)
    {
        if (IssuerSignature.Verify(tbs, algorithm, signature, issuer))
        {
            return true;
        }

        foreach (var responder in certs)
        {
            var delegated = IssuerSignature.Issued(issuer, responder)
                && responder.Extensions.OfType<X509EnhancedKeyUsageExtension>().Any(e => e.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value == OcspSigningUsage))
                && producedAt >= new DateTimeOffset(responder.NotBefore.ToUniversalTime()) && producedAt <= new DateTimeOffset(responder.NotAfter.ToUniversalTime());
            if (delegated && IssuerSignature.Verify(tbs, algorithm, signature, responder))
            {
                return true;
            }
        }

        return false;
    }

    private static RevocationEvidence? Single(AsnReader single, X509Certificate2 certificate, X509Certificate2 issuer)
    {
        // RFC 6960 §4.1.1 CertID: hashes of the issuer's name and key, and the serial number.
        var certId = single.ReadSequence();
        var hashAlgorithm = certId.ReadSequence().ReadObjectIdentifier();
        var nameHash = certId.ReadOctetString();
        var keyHash = certId.ReadOctetString();
        var serial = certId.ReadIntegerBytes();
        // The CertID hashes only identify the issuer (the response's signature is what protects it); RFC 6960 §4.1.1
        // and RFC 5019 have responders use SHA-1 for them, so SHA-1 is matched here, never trusted for a signature.
        HashAlgorithmName? identifierHash = hashAlgorithm switch
        {
            "1.3.14.3.2.26" => HashAlgorithmName.SHA1,
            "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
            _ => null,
        };
        var (expectedName, expectedKey) = identifierHash is { } h
            ? (CryptographicOperations.HashData(h, issuer.SubjectName.RawData), CryptographicOperations.HashData(h, issuer.PublicKey.EncodedKeyValue.RawData))
            : (null, null);
        if (expectedName is null || !nameHash.AsSpan().SequenceEqual(expectedName) || !keyHash.AsSpan().SequenceEqual(expectedKey)
            || !serial.Span.SequenceEqual(certificate.SerialNumberBytes.Span))
        {
            return null;
        }

        var status = single.PeekTag();
        DateTimeOffset? revokedAt = null;
        if (status.TagClass == TagClass.ContextSpecific && status.TagValue == 1)
        {
            revokedAt = single.ReadSequence(Context1).ReadGeneralizedTime();
        }
        else if (status.TagClass == TagClass.ContextSpecific && status.TagValue == 0)
        {
            single.ReadNull(new Asn1Tag(TagClass.ContextSpecific, 0));
        }
        else
        {
            return null;
        }

        // RFC 6960 §4.2.1 SingleResponse: thisUpdate, then nextUpdate [0] EXPLICIT when the responder gives one.
        var thisUpdate = single.ReadGeneralizedTime();
        DateTimeOffset? nextUpdate = single.HasData && single.PeekTag().HasSameClassAndValue(Context0) ? single.ReadSequence(Context0).ReadGeneralizedTime() : null;
        return new RevocationEvidence("OCSP response", thisUpdate, revokedAt, nextUpdate);
    }

    private enum OcspStatus
    {
        Successful = 0,
    }
}
