namespace Credentials.Verifier.Reports;

/// <summary>
/// Who issued the credential and on whose word: the trusted list's entry when the issuer is on it, the names a seal
/// certificate chain vouches for, or else only what the credential says about itself (not confirmed).
/// </summary>
/// <param name="Id">The issuer id from the credential.</param>
/// <param name="LegalName">The legal name, from the <paramref name="Source"/>.</param>
/// <param name="Registration">A registration or business id, from the <paramref name="Source"/>.</param>
/// <param name="Country">The country code (ISO 3166-1 alpha-3 or alpha-2), from the <paramref name="Source"/>.</param>
/// <param name="Source">The trusted list's name, <see cref="SealSource"/>, or <see cref="CredentialSource"/> (the credential's own claim).</param>
/// <param name="Confirmed">Whether someone other than the credential vouches for this identity.</param>
public sealed record IssuerIdentity(string? Id, string? LegalName, string? Registration, string? Country, string Source, bool Confirmed)
{
    /// <summary>The source of an identity that is only the credential's own claim.</summary>
    public const string CredentialSource = "credential";

    /// <summary>The source of an identity vouched for by a seal certificate that chains to a configured anchor.</summary>
    public const string SealSource = "seal-certificate";
}
