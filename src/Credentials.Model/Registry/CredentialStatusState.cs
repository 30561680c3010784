namespace Credentials.Model.Registry;

/// <summary>The status of a credential as its status lists express it.</summary>
public enum CredentialStatusState
{
    /// <summary>Neither revoked nor suspended.</summary>
    Active = 1,

    /// <summary>The suspension bit is set.</summary>
    Suspended = 2,

    /// <summary>The revocation bit is set; permanent.</summary>
    Revoked = 3,
}
