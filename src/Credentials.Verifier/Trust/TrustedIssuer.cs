namespace Credentials.Verifier.Trust;

/// <summary>An issuer the operator trusts, with the legal identity to show for it.</summary>
/// <param name="Id">The issuer's DID (or key id).</param>
/// <param name="LegalName">The legal name.</param>
/// <param name="Registration">A registration or business id, e.g. a Finnish Y-tunnus.</param>
/// <param name="Country">ISO 3166-1 alpha-3 or alpha-2 country code.</param>
public sealed record TrustedIssuer(string Id, string LegalName, string? Registration, string? Country);
