namespace Credentials.Proofs.Keys;

/// <summary>The key types this library generates and signs with.</summary>
public enum KeyType
{
    /// <summary>Ed25519 (RFC 8032), JWS algorithm <c>EdDSA</c>.</summary>
    Ed25519,

    /// <summary>NIST P-256, JWS algorithm <c>ES256</c>.</summary>
    P256,
}
