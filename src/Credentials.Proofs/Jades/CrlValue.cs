using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>A CRL (RFC 5280 §5.1) from a seal's <c>rVals</c> <c>crlVals</c>, read and checked against its issuer.</summary>
internal static class CrlValue
{
    /// <summary>
    /// What <paramref name="crl"/> says about <paramref name="certificate"/>, when <paramref name="issuer"/> issued both
    /// and signed the CRL; null when it does not apply, is unreadable or its signature does not verify.
    /// </summary>
    public static RevocationEvidence? Evaluate(byte[] crl, X509Certificate2 certificate, X509Certificate2 issuer)
    {
        try
        {
            var list = new AsnReader(crl, AsnEncodingRules.DER).ReadSequence();
            var tbsBytes = list.ReadEncodedValue();
            var algorithm = list.ReadSequence().ReadObjectIdentifier();
            var signature = list.ReadBitString(out _);
            var tbs = new AsnReader(tbsBytes, AsnEncodingRules.DER).ReadSequence();
            if (tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
            {
                tbs.ReadInteger();
            }

            tbs.ReadSequence();
            var crlIssuer = tbs.ReadEncodedValue();
            var thisUpdate = IssuerSignature.ReadTime(tbs);
            DateTimeOffset? nextUpdate = null;
            if (tbs.HasData && (tbs.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) || tbs.PeekTag().HasSameClassAndValue(Asn1Tag.GeneralizedTime)))
            {
                nextUpdate = IssuerSignature.ReadTime(tbs);
            }

            // RFC 5280 §6.3.3 (b), (f): the CRL's issuer is the certificate's issuer, and its signature verifies with that key.
            if (!crlIssuer.Span.SequenceEqual(certificate.IssuerName.RawData) || !IssuerSignature.Verify(tbsBytes.Span, algorithm, signature, issuer))
            {
                return null;
            }

            var serial = certificate.SerialNumberBytes.Span;
            if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
            {
                var revoked = tbs.ReadSequence();
                while (revoked.HasData)
                {
                    var entry = revoked.ReadSequence();
                    var entrySerial = entry.ReadIntegerBytes();
                    var when = IssuerSignature.ReadTime(entry);
                    if (entrySerial.Span.SequenceEqual(serial))
                    {
                        return new RevocationEvidence("CRL", thisUpdate, when, nextUpdate);
                    }
                }
            }

            return new RevocationEvidence("CRL", thisUpdate, null, nextUpdate);
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
