namespace Credentials.Issuer.Wallet;

/// <summary>An OAuth-style error answer: a <see cref="WalletErrors"/> code and one sentence for <c>error_description</c>.</summary>
/// <param name="Code">The error code.</param>
/// <param name="Description">One sentence.</param>
public sealed record WalletError(string Code, string Description);
