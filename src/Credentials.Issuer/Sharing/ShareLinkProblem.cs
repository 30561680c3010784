namespace Credentials.Issuer.Sharing;

/// <summary>Why a share link was not made.</summary>
public enum ShareLinkProblem
{
    /// <summary>The registry has no issued credential with that id.</summary>
    UnknownCredential,

    /// <summary>The expiry asked for is not in the future.</summary>
    ExpiryInThePast,

    /// <summary>The expiry asked for is later than the policy's maximum lifetime allows.</summary>
    ExpiryTooLate,
}
