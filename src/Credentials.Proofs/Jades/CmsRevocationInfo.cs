using System.Formats.Asn1;

namespace Credentials.Proofs.Jades;

/// <summary>
/// The revocation data a CMS SignedData carries beside its signature (RFC 5652 §5.1 <c>crls</c>,
/// RevocationInfoChoices): CRLs, and OCSP responses as <c>id-ri-ocsp-response</c> (RFC 5940 §4.1). A time-stamping
/// authority may put its own certificate's status there. Unverified until checked against the certificate's issuer.
/// </summary>
internal static class CmsRevocationInfo
{
    private const string OcspResponseFormat = "1.3.6.1.5.5.7.16.2";
    private const int MaxValues = 32;
    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Certificates = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Crls = new(TagClass.ContextSpecific, 1, isConstructed: true);
    private static readonly Asn1Tag Other = new(TagClass.ContextSpecific, 1, isConstructed: true);

    /// <summary>The CRLs and OCSP responses of the encoded ContentInfo <paramref name="cms"/>; empty when it has none or is unreadable.</summary>
    public static RevocationValues Read(ReadOnlyMemory<byte> cms)
    {
        var values = new RevocationValues();
        try
        {
            var contentInfo = new AsnReader(cms, AsnEncodingRules.BER).ReadSequence();
            contentInfo.ReadObjectIdentifier();
            var signedData = contentInfo.ReadSequence(Explicit0).ReadSequence();
            signedData.ReadInteger();
            signedData.ReadSetOf();
            signedData.ReadSequence();
            if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(Certificates))
            {
                signedData.ReadEncodedValue();
            }

            if (!signedData.HasData || !signedData.PeekTag().HasSameClassAndValue(Crls))
            {
                return values;
            }

            var choices = signedData.ReadSetOf(Crls);
            while (choices.HasData && values.Count < MaxValues)
            {
                if (choices.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
                {
                    values.Crls.Add(choices.ReadEncodedValue().ToArray());
                    continue;
                }

                // OtherRevocationInfoFormat ::= SEQUENCE { otherRevInfoFormat OID, otherRevInfo ANY }, here [1] IMPLICIT.
                var other = choices.ReadSequence(Other);
                if (other.ReadObjectIdentifier() == OcspResponseFormat && other.HasData)
                {
                    values.OcspResponses.Add(other.ReadEncodedValue().ToArray());
                }
            }
        }
        catch (AsnContentException)
        {
            // Unreadable revocation data is no revocation data; the time-stamp's own signature was checked elsewhere.
        }

        return values;
    }
}
