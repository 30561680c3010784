namespace Credentials.Issuer.Wallet;

/// <summary>A credential request's answer: the issued SD-JWT VC, or an error.</summary>
/// <param name="Credential">The credential; null on error.</param>
/// <param name="Error">The error; null on success.</param>
public sealed record CredentialRequestOutcome(WalletCredential? Credential, WalletError? Error)
{
    /// <summary>Whether the error is about the access token (answered 401 with a Bearer challenge).</summary>
    public bool TokenRefused => Error?.Code == WalletErrors.InvalidToken;

    internal static CredentialRequestOutcome Fail(string code, string description) => new(null, new WalletError(code, description));
}
