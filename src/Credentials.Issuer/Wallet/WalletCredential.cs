namespace Credentials.Issuer.Wallet;

/// <summary>An issued SD-JWT VC.</summary>
/// <param name="Compact">The issuer-signed JWT and its disclosures, <c>~</c>-separated and <c>~</c>-terminated (RFC 9901).</param>
/// <param name="Vct">The credential's verifiable credential type.</param>
public sealed record WalletCredential(string Compact, string Vct);
