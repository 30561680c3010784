using Credentials.Proofs.Findings;
namespace Credentials.Proofs.Findings;

/// <summary>The outcome of one check (design §4).</summary>
public enum CheckOutcome
{
    /// <summary>The check was made and holds.</summary>
    Passed,

    /// <summary>The check was made and is proved wrong.</summary>
    Failed,

    /// <summary>The check could not be decided (unknown key, no trust anchor, status unreachable).</summary>
    Indeterminate,

    /// <summary>Not applicable, or a check it depends on did not pass (the message names it).</summary>
    Skipped,
}
