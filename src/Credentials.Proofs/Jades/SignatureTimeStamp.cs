using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Credentials.Proofs.Jades;

/// <summary>
/// An RFC 3161 time-stamp token from a seal's <c>sigTst</c>: a CMS SignedData (RFC 5652) over a TSTInfo whose message
/// imprint is the hash of the seal's signature value. Reading it proves nothing; <see cref="TimeStampValidation"/>
/// checks the TSA's signature and chain.
/// </summary>
internal sealed class SignatureTimeStamp
{
    private SignatureTimeStamp(Rfc3161TimestampToken token) => Token = token;

    /// <summary>The decoded token.</summary>
    public Rfc3161TimestampToken Token { get; }

    /// <summary>The time the TSA states (TSTInfo genTime).</summary>
    public DateTimeOffset Time => Token.TokenInfo.Timestamp;

    /// <summary>
    /// Whether the token time-stamps this signature: ETSI TS 119 182-1 §5.3.4.2 computes the sigTst imprint over the
    /// base64url-encoded signature value as it appears in the JWS.
    /// </summary>
    public bool Covers(string encodedSignature)
    {
        var data = Encoding.ASCII.GetBytes(encodedSignature);
        var digest = Token.TokenInfo.HashAlgorithmId.Value switch
        {
            "2.16.840.1.101.3.4.2.1" => SHA256.HashData(data),
            "2.16.840.1.101.3.4.2.2" => SHA384.HashData(data),
            "2.16.840.1.101.3.4.2.3" => SHA512.HashData(data),
            _ => null,
        };
        return digest is not null && CryptographicOperations.FixedTimeEquals(digest, Token.TokenInfo.GetMessageHash().Span);
    }

    /// <summary>
    /// Verifies the TSA's CMS signature over the token and the imprint over <paramref name="encodedSignature"/>;
    /// returns the TSA's certificate, or null when the signature does not verify.
    /// </summary>
    public X509Certificate2? VerifyTsaSignature(string encodedSignature, X509Certificate2Collection extraCandidates)
    {
        try
        {
            return Token.VerifySignatureForData(Encoding.ASCII.GetBytes(encodedSignature), out var signer, extraCandidates) ? signer : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The certificates the token carries (RFC 5652 §5.1 SignedData.certificates).</summary>
    public X509Certificate2Collection Certificates => Token.AsSignedCms().Certificates;

    /// <summary>The CRLs and OCSP responses the token carries (RFC 5652 §5.1 SignedData.crls), e.g. for the TSA's own certificate.</summary>
    public RevocationValues Revocation => CmsRevocationInfo.Read(Token.AsSignedCms().Encode());

    /// <summary>Reads a DER time-stamp token; null when it is not one.</summary>
    public static SignatureTimeStamp? TryRead(byte[] token)
    {
        try
        {
            return Rfc3161TimestampToken.TryDecode(token, out var decoded, out var consumed) && consumed == token.Length
                ? new SignatureTimeStamp(decoded!)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
