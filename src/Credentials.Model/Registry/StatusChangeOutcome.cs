namespace Credentials.Model.Registry;

/// <summary>What happened to a status change request.</summary>
public enum StatusChangeOutcome
{
    /// <summary>The bit changed and an audit row was written.</summary>
    Changed = 1,

    /// <summary>The credential is already in the requested state; nothing changed and nothing was audited.</summary>
    AlreadyInState = 2,

    /// <summary>No credential with this id is in the registry.</summary>
    NotFound = 3,

    /// <summary>The credential has no status entry for the purpose the action needs.</summary>
    NoStatusEntry = 4,

    /// <summary>The credential is revoked; revocation is permanent, so it cannot be suspended or reinstated.</summary>
    RefusedRevoked = 5,

    /// <summary>The credential belongs to another issuer than the one the request acts for; nothing changed.</summary>
    WrongIssuer = 6,
}
