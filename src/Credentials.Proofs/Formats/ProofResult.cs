using Credentials.Proofs.Findings;

namespace Credentials.Proofs.Formats;

/// <summary>
/// A format's verdict on its proof, format-neutral: the proof findings, the DID that controls the key a valid proof
/// was made with, and — for formats that bind and anchor the issuer their own way (a seal certificate) — their
/// issuer-binding and trust findings, plus facts to show (seal certificate, signing time…).
/// </summary>
public sealed record ProofResult
{
    /// <summary>One finding per proof or problem; all Passed when the proof holds.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The controller of the key of a valid proof.</summary>
    public string? SignerController { get; init; }

    /// <summary>The format's own decision that the signer is the issuer; null: the signer controller is compared with the issuer id.</summary>
    public Finding? IssuerBinding { get; init; }

    /// <summary>The format's own trust decision; null: the operator's trusted issuers decide.</summary>
    public Finding? Trust { get; init; }

    /// <summary>Facts for display, e.g. ("seal-organisation", "…"), ("signing-time", "…").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Facts { get; init; } = [];

    /// <summary>
    /// Whether the proof holds: a finding passed and none failed or is undecided. A part that was skipped (a key binding
    /// nobody asked for and none given) does not undo the issuer's signature.
    /// </summary>
    public bool Passed => Findings.Any(f => f.Outcome == CheckOutcome.Passed) && Findings.All(f => f.Outcome is CheckOutcome.Passed or CheckOutcome.Skipped);
}
