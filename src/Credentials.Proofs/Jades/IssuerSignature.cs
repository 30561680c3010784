using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Verifies an X.509-style signature (RFC 5280 §4.1.1.2: to-be-signed bytes, AlgorithmIdentifier, BIT STRING) with a
/// certificate's public key: RSA PKCS #1 v1.5 and ECDSA with SHA-256/384/512 (SHA-1 signatures are refused).
/// </summary>
internal static class IssuerSignature
{
    public static bool Verify(ReadOnlySpan<byte> signed, string algorithm, byte[] signature, X509Certificate2 signer)
    {
        try
        {
            var (hash, ecdsa) = algorithm switch
            {
                "1.2.840.113549.1.1.11" => (HashAlgorithmName.SHA256, false),
                "1.2.840.113549.1.1.12" => (HashAlgorithmName.SHA384, false),
                "1.2.840.113549.1.1.13" => (HashAlgorithmName.SHA512, false),
                "1.2.840.10045.4.3.2" => (HashAlgorithmName.SHA256, true),
                "1.2.840.10045.4.3.3" => (HashAlgorithmName.SHA384, true),
                "1.2.840.10045.4.3.4" => (HashAlgorithmName.SHA512, true),
                _ => (default(HashAlgorithmName), false),
            };
            if (hash == default)
            {
                return false;
            }

            if (ecdsa)
            {
                using var ec = signer.GetECDsaPublicKey();
                return ec is not null && ec.VerifyData(signed, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
            }

            using var rsa = signer.GetRSAPublicKey();
            return rsa is not null && rsa.VerifyData(signed, signature, hash, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="issuer"/>'s key signed <paramref name="certificate"/>.</summary>
    public static bool Issued(X509Certificate2 issuer, X509Certificate2 certificate)
    {
        if (!certificate.IssuerName.RawData.AsSpan().SequenceEqual(issuer.SubjectName.RawData))
        {
            return false;
        }

        try
        {
            var reader = new AsnReader(certificate.RawData, AsnEncodingRules.DER).ReadSequence();
            var tbs = reader.ReadEncodedValue();
            var algorithm = reader.ReadSequence().ReadObjectIdentifier();
            var signature = reader.ReadBitString(out _);
            return Verify(tbs.Span, algorithm, signature, issuer);
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    /// <summary>Reads an RFC 5280 Time (UTCTime or GeneralizedTime).</summary>
    public static DateTimeOffset ReadTime(AsnReader reader) =>
        reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();
}
