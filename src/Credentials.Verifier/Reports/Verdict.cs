namespace Credentials.Verifier.Reports;

/// <summary>The overall answer of a verification.</summary>
public enum Verdict
{
    /// <summary>No check failed and none was indeterminate.</summary>
    Verified,

    /// <summary>At least one check failed.</summary>
    NotVerified,

    /// <summary>Nothing failed, but at least one check could not be decided.</summary>
    Indeterminate,
}
