namespace Credentials.Model.Registry;

/// <summary>What happened to one input row of a batch.</summary>
public enum BatchRowOutcome
{
    /// <summary>A new credential was issued.</summary>
    Issued = 1,

    /// <summary>The row's idempotency key was known: the existing credential was returned.</summary>
    Existing = 2,

    /// <summary>The row failed validation or signing.</summary>
    Failed = 3,
}
