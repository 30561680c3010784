namespace Credentials.Proofs.Jades;

/// <summary>The outcome of one part of a JAdES seal verification.</summary>
public enum JadesOutcome
{
    /// <summary>Checked and correct.</summary>
    Passed,

    /// <summary>Checked and proved wrong.</summary>
    Failed,

    /// <summary>Could not be decided (for example no trust anchor is configured).</summary>
    Indeterminate,

    /// <summary>Not applicable, or a prerequisite failed; the message names it.</summary>
    Skipped,
}
