using System.Buffers.Text;
using System.Security.Cryptography;
using Credentials.Proofs.Keys;
using Microsoft.IdentityModel.Tokens;
using NSec.Cryptography;

namespace Credentials.Proofs.Jws;

/// <summary>Turns public JWKs into Microsoft.IdentityModel verification keys.</summary>
public static class SecurityKeys
{
    /// <summary>A verification key for a public JWK (Ed25519, P-256, P-384 or RSA).</summary>
    /// <exception cref="ArgumentException">The JWK is not a supported, well-formed public key.</exception>
    public static SecurityKey FromPublicJwk(Jwk jwk)
    {
        ArgumentNullException.ThrowIfNull(jwk);
        switch (jwk.Kty, jwk.Crv)
        {
            case ("OKP", "Ed25519"):
                if (!NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, Base64Url.DecodeFromChars(jwk.X), KeyBlobFormat.RawPublicKey, out var pk) || pk is null)
                {
                    throw new ArgumentException("not a valid Ed25519 public key", nameof(jwk));
                }

                return new EdDsaSecurityKey(pk);
            case ("EC", "P-256" or "P-384"):
                var curve = jwk.Crv == "P-256" ? ECCurve.NamedCurves.nistP256 : ECCurve.NamedCurves.nistP384;
                try
                {
                    var ec = ECDsa.Create(new ECParameters
                    {
                        Curve = curve,
                        Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.X), Y = Base64Url.DecodeFromChars(jwk.Y) },
                    });
                    return new ECDsaSecurityKey(ec);
                }
                catch (CryptographicException e)
                {
                    throw new ArgumentException("not a valid EC public key: " + e.Message, nameof(jwk));
                }

            case ("RSA", _):
                var rsa = RSA.Create(new RSAParameters { Modulus = Base64Url.DecodeFromChars(jwk.N), Exponent = Base64Url.DecodeFromChars(jwk.E) });
                return new RsaSecurityKey(rsa);
            default:
                throw new ArgumentException($"unsupported key {jwk.Kty}/{jwk.Crv}", nameof(jwk));
        }
    }
}
