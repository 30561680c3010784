using Credentials.Proofs.Findings;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// The answer to "did this holder present these credentials to me, now": the presentation's own checks, one report
/// per embedded credential, and the overall verdict. Built by <see cref="PresentationVerifier"/>; never an exception.
/// </summary>
public sealed record PresentationReport
{
    /// <summary>Verified only when no check of the presentation and no check of any credential failed or was undecided.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The presentation's own results, in <see cref="PresentationCheckNames"/> order.</summary>
    public required IReadOnlyList<CheckResult> Checks { get; init; }

    /// <summary>How the presentation was secured: <c>data-integrity</c>, <c>vp-jwt</c>, <c>jades</c> or <c>unsigned</c>; null when unreadable.</summary>
    public string? Envelope { get; init; }

    /// <summary>The holder the presentation names (<c>holder</c>, or a VP-JWT's <c>iss</c>).</summary>
    public string? HolderId { get; init; }

    /// <summary>One report per embedded credential, in document order; empty when none was verified.</summary>
    public IReadOnlyList<EmbeddedCredentialReport> Credentials { get; init; } = [];

    /// <summary>The presentation's results that failed or could not be decided.</summary>
    public IEnumerable<CheckResult> Problems => Checks.Where(c => c.Outcome is CheckOutcome.Failed or CheckOutcome.Indeterminate);
}
