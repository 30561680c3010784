namespace Credentials.Proofs.DataIntegrity;

/// <summary>The outcome of verifying one proof.</summary>
public enum ProofOutcome
{
    /// <summary>The proof verified.</summary>
    Valid,

    /// <summary>The proof is proved wrong (tampered, malformed, wrong purpose, wrong controller, ...).</summary>
    Invalid,

    /// <summary>It could not be decided (the key could not be had, e.g. a DID document is unavailable).</summary>
    Indeterminate,
}
