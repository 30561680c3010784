namespace Credentials.Verifier.Reports;

/// <summary>
/// What a report adds up to, in the words a recruiter needs (the API's <c>verdict</c>, see <see cref="Conclusions.Name"/>).
/// Only <see cref="Verified"/> means the credential holds; the others say why not.
/// </summary>
public enum Conclusion
{
    /// <summary>Every check passed.</summary>
    Verified,

    /// <summary>Authentic, and the issuer has revoked it.</summary>
    Revoked,

    /// <summary>Authentic, and the issuer has suspended it.</summary>
    Suspended,

    /// <summary>Authentic, but its validity period has ended: history, not fraud.</summary>
    Expired,

    /// <summary>Authentic, but its validity period has not begun.</summary>
    NotYetValid,

    /// <summary>The signature or seal does not prove the issuer issued this content.</summary>
    Forged,

    /// <summary>Signed, but required data is missing or malformed.</summary>
    Invalid,

    /// <summary>Not a credential this verifier can read.</summary>
    Unreadable,

    /// <summary>Intact signature, but the issuer is not on the trusted list: its name is its own claim.</summary>
    IssuerNotTrusted,

    /// <summary>Intact seal, but its certificate does not chain to a trusted anchor.</summary>
    SealNotAnchored,

    /// <summary>Authentic, but revocation could not be checked.</summary>
    StatusUnchecked,

    /// <summary>Something else could not be decided (e.g. the signing key could not be found).</summary>
    Indeterminate,
}
