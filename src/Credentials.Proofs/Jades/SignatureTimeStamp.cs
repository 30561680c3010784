using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace Credentials.Proofs.Jades;

/// <summary>
/// The parts of an RFC 3161 time-stamp token this verifier uses: the time and the message imprint. The TSA's CMS
/// signature over the token is not verified (that needs CMS, which is not in the base library).
/// </summary>
internal sealed record SignatureTimeStamp(DateTimeOffset Time, HashAlgorithmName HashAlgorithm, byte[] Imprint)
{
    private const string SignedDataOid = "1.2.840.113549.1.7.2";
    private const string TstInfoOid = "1.2.840.113549.1.9.16.1.4";
    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);

    /// <summary>
    /// Whether the token time-stamps this signature: JAdES computes the sigTst imprint over the
    /// base64url-encoded signature value as it appears in the JWS.
    /// </summary>
    public bool Covers(string encodedSignature)
    {
        var data = Encoding.ASCII.GetBytes(encodedSignature);
        var digest = HashAlgorithm.Name switch
        {
            "SHA256" => SHA256.HashData(data),
            "SHA384" => SHA384.HashData(data),
            _ => SHA512.HashData(data),
        };
        return CryptographicOperations.FixedTimeEquals(digest, Imprint);
    }

    /// <summary>Reads a DER/BER time-stamp token (a CMS ContentInfo holding SignedData over a TSTInfo); null when malformed.</summary>
    public static SignatureTimeStamp? TryRead(byte[] token)
    {
        try
        {
            // RFC 5652 §3 ContentInfo, §5.1 SignedData, §5.2 EncapsulatedContentInfo; RFC 3161 §2.4.2 TSTInfo.
            var reader = new AsnReader(token, AsnEncodingRules.BER);
            var contentInfo = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            if (contentInfo.ReadObjectIdentifier() != SignedDataOid)
            {
                return null;
            }

            var signedData = contentInfo.ReadSequence(Explicit0).ReadSequence();
            signedData.ReadInteger();
            signedData.ReadSetOf();
            var encap = signedData.ReadSequence();
            if (encap.ReadObjectIdentifier() != TstInfoOid)
            {
                return null;
            }

            var tstInfoBytes = encap.ReadSequence(Explicit0).ReadOctetString();
            var tstInfo = new AsnReader(tstInfoBytes, AsnEncodingRules.DER).ReadSequence();
            tstInfo.ReadInteger();
            tstInfo.ReadObjectIdentifier();
            var imprint = tstInfo.ReadSequence();
            var algorithm = imprint.ReadSequence().ReadObjectIdentifier() switch
            {
                "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
                "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
                "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
                _ => (HashAlgorithmName?)null,
            };
            var hashed = imprint.ReadOctetString();
            tstInfo.ReadInteger();
            var time = tstInfo.ReadGeneralizedTime();
            return algorithm is { } a ? new SignatureTimeStamp(time, a, hashed) : null;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
