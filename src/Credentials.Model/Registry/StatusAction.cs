namespace Credentials.Model.Registry;

/// <summary>A change to a credential's status.</summary>
public enum StatusAction
{
    /// <summary>Set the revocation bit. Permanent.</summary>
    Revoke = 1,

    /// <summary>Set the suspension bit.</summary>
    Suspend = 2,

    /// <summary>Clear the suspension bit. Refused for a revoked credential.</summary>
    Reinstate = 3,
}
