namespace Credentials.Issuer.Wallet;

/// <summary>A token request's answer: a grant or an error.</summary>
/// <param name="Grant">The grant; null on error.</param>
/// <param name="Error">The error; null on success.</param>
public sealed record TokenOutcome(TokenGrant? Grant, WalletError? Error)
{
    internal static TokenOutcome Fail(string code, string description) => new(null, new WalletError(code, description));
}
