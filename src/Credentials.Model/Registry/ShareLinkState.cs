namespace Credentials.Model.Registry;

/// <summary>Whether a share link shows its credential.</summary>
public enum ShareLinkState
{
    /// <summary>It shows the credential's verification page.</summary>
    Active,

    /// <summary>Its expiry has passed.</summary>
    Expired,

    /// <summary>The issuer revoked it.</summary>
    Revoked,

    /// <summary>The learner's data was erased on request.</summary>
    Withdrawn,
}
