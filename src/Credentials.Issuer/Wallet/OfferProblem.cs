namespace Credentials.Issuer.Wallet;

/// <summary>Why no offer was made for a registry credential.</summary>
public enum OfferProblem
{
    /// <summary>No such credential, or another issuer's.</summary>
    UnknownCredential,

    /// <summary>The credential is revoked.</summary>
    Revoked,

    /// <summary>The registry does not keep the credential's content, so there is no award to make the wallet credential of.</summary>
    NoContent,
}
