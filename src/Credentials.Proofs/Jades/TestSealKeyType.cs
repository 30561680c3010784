namespace Credentials.Proofs.Jades;

/// <summary>The key type of a test seal certificate.</summary>
public enum TestSealKeyType
{
    /// <summary>NIST P-256, sealing with ES256.</summary>
    P256,

    /// <summary>RSA 3072, sealing with RS256.</summary>
    Rsa,
}
