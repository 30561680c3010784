namespace Credentials.Proofs.Keys;

/// <summary>An issuer's signing key with the DID it signs as and the verification method id (<c>kid</c>).</summary>
/// <param name="Key">The private key.</param>
/// <param name="Did">The issuer DID (<c>did:key</c>, <c>did:web</c> or <c>did:jwk</c>).</param>
/// <param name="KeyId">The DID URL of the key's verification method.</param>
public sealed record IssuerKey(SigningKey Key, string Did, string KeyId);
