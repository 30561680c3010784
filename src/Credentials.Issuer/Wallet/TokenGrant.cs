namespace Credentials.Issuer.Wallet;

/// <summary>An access token the token endpoint granted (RFC 6749 §5.1), bound to one redeemed offer.</summary>
/// <param name="AccessToken">The bearer token.</param>
/// <param name="ExpiresIn">Its lifetime in seconds.</param>
public sealed record TokenGrant(string AccessToken, long ExpiresIn);
