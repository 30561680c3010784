namespace Credentials.Proofs.Jws;

/// <summary>What the signature library said of a token.</summary>
internal enum JwsSignatureOutcome
{
    /// <summary>The signature verifies.</summary>
    Valid,

    /// <summary>The signature does not match the content and key.</summary>
    Invalid,

    /// <summary>The library could not read the token: malformed input, not a verdict on the signature.</summary>
    Unreadable,
}
