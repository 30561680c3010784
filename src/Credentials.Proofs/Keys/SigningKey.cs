using Credentials.Proofs.Dids;
using Microsoft.IdentityModel.Tokens;

namespace Credentials.Proofs.Keys;

/// <summary>
/// A private signing key with its public half. Create one with <see cref="Generate"/> or load one with
/// <see cref="KeyDirectory"/>. Never log or serialize the private part except through <see cref="PrivateJwk"/>.
/// </summary>
public abstract class SigningKey : IDisposable
{
    private protected SigningKey()
    {
    }

    /// <summary>The key type.</summary>
    public abstract KeyType Type { get; }

    /// <summary>The JWS <c>alg</c> this key signs with (<c>EdDSA</c> or <c>ES256</c>).</summary>
    public abstract string Algorithm { get; }

    /// <summary>The public key as a JWK.</summary>
    public abstract Jwk PublicJwk { get; }

    /// <summary>The private key as a JWK (with <c>d</c>). Handle as a secret.</summary>
    public abstract Jwk PrivateJwk { get; }

    /// <summary>The public key as a multicodec-prefixed byte string, as used by <c>did:key</c> and Multikey.</summary>
    public abstract byte[] MulticodecPublicKey { get; }

    /// <summary>The <c>did:key</c> identifier of the public key.</summary>
    public string DidKey => Dids.DidKey.FromMulticodec(MulticodecPublicKey);

    /// <summary>The verification method id of the key inside its <c>did:key</c> document.</summary>
    public string DidKeyVerificationMethod => DidKey + "#" + DidKey["did:key:".Length..];

    /// <summary>Signs <paramref name="data"/> and returns the JWS-form signature (raw r||s for ECDSA).</summary>
    public abstract byte[] Sign(ReadOnlySpan<byte> data);

    /// <summary>The private key as PKCS#8 PEM.</summary>
    public abstract string ExportPrivatePem();

    /// <summary>The public key as SubjectPublicKeyInfo PEM.</summary>
    public abstract string ExportPublicPem();

    /// <summary>A Microsoft.IdentityModel key that signs with this key, with <paramref name="keyId"/> as its <c>kid</c>.</summary>
    public abstract SecurityKey ToSecurityKey(string keyId);

    /// <summary>Creates a new random key of the given type.</summary>
    public static SigningKey Generate(KeyType type) => type switch
    {
        KeyType.Ed25519 => Ed25519SigningKey.Generate(),
        KeyType.P256 => P256SigningKey.Generate(),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Creates a signing key from a private JWK.</summary>
    /// <exception cref="ArgumentException">The JWK is not a private Ed25519 or P-256 key.</exception>
    public static SigningKey FromPrivateJwk(Jwk jwk)
    {
        ArgumentNullException.ThrowIfNull(jwk);
        if (jwk.D is null)
        {
            throw new ArgumentException("the JWK has no private part 'd'", nameof(jwk));
        }

        return (jwk.Kty, jwk.Crv) switch
        {
            ("OKP", "Ed25519") => Ed25519SigningKey.FromJwk(jwk),
            ("EC", "P-256") => P256SigningKey.FromJwk(jwk),
            _ => throw new ArgumentException($"cannot sign with a {jwk.Kty}/{jwk.Crv} key", nameof(jwk)),
        };
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the key material.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
