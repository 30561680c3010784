namespace Credentials.Proofs.Jws;

/// <summary>JWS algorithm names and the allow-list per key type.</summary>
public static class JwsAlgorithms
{
    /// <summary>EdDSA over Ed25519 (RFC 8037).</summary>
    public const string EdDsa = "EdDSA";

    /// <summary>The fully-specified name for EdDSA over Ed25519 (RFC 9864).</summary>
    public const string Ed25519 = "Ed25519";

    /// <summary>ECDSA P-256 SHA-256.</summary>
    public const string Es256 = "ES256";

    /// <summary>ECDSA P-384 SHA-384.</summary>
    public const string Es384 = "ES384";

    /// <summary>RSASSA-PKCS1-v1_5 SHA-256.</summary>
    public const string Rs256 = "RS256";

    /// <summary>RSASSA-PSS SHA-256.</summary>
    public const string Ps256 = "PS256";

    /// <summary>
    /// Whether <paramref name="alg"/> may be used with a key of JWK type <paramref name="kty"/> and curve
    /// <paramref name="crv"/>. Everything else, <c>none</c> and every HMAC algorithm included, is refused:
    /// a verifier never lets the token choose how its key is used (RFC 8725 §3.1, §3.2).
    /// </summary>
    public static bool IsAllowed(string? alg, string kty, string? crv) => (kty, crv, alg) switch
    {
        ("OKP", "Ed25519", EdDsa or Ed25519) => true,
        ("EC", "P-256", Es256) => true,
        ("EC", "P-384", Es384) => true,
        ("RSA", _, Rs256 or Ps256) => true,
        _ => false,
    };
}
