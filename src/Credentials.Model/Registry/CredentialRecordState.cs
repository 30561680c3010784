namespace Credentials.Model.Registry;

/// <summary>Where a registry row is in its life.</summary>
public enum CredentialRecordState
{
    /// <summary>Row and status indexes are reserved; the signed credential has not been recorded yet.</summary>
    Reserved = 1,

    /// <summary>The signed credential's SHA-256 (and, when enabled, its content) is recorded.</summary>
    Issued = 2,
}
