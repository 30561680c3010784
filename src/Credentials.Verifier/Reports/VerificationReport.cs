using Credentials.Proofs.Findings;
namespace Credentials.Verifier.Reports;

/// <summary>
/// The answer to "is this credential genuine, current and from whom": every check's results in order, the verdict,
/// and the credential's content for display. Built by <see cref="CredentialVerifier"/>; never an exception.
/// </summary>
public sealed record VerificationReport
{
    /// <summary>Verified only when no result is Failed or Indeterminate.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>All results, in check order; a check may report several problems.</summary>
    public required IReadOnlyList<CheckResult> Checks { get; init; }

    /// <summary>How the credential was secured, e.g. <c>vc-jwt</c> (VCDM 1.1), <c>vc+jwt</c> (VC-JOSE), <c>unsigned</c>.</summary>
    public string? Envelope { get; init; }

    /// <summary>The issuer id from the credential.</summary>
    public string? IssuerId { get; init; }

    /// <summary>The trusted-list entry for the issuer, when it is on the list.</summary>
    public Trust.TrustedIssuer? TrustedIssuer { get; init; }

    /// <summary>The name of the trusted list <see cref="TrustedIssuer"/> comes from.</summary>
    public string? TrustListName { get; init; }

    /// <summary>The moment the credential was judged at (now, or the "as of" date the caller gave).</summary>
    public DateTimeOffset? CheckedAt { get; init; }

    /// <summary>Who the issuer is and on whose word (the trusted list, a seal certificate, or only the credential).</summary>
    public IssuerIdentity IssuerIdentity => IssuerIdentities.Of(this);

    private readonly CredentialContent? _content;
    private readonly Lazy<CredentialContent?>? _deferredContent;

    /// <summary>
    /// The credential's content for display; null when it could not be read. A verifier may read it only when it is
    /// first asked for (a caller that wants the verdict and checks does not pay for the Annex I model); the answer
    /// is the same either way.
    /// </summary>
    public CredentialContent? Content
    {
        get => _deferredContent is null ? _content : _deferredContent.Value;
        init
        {
            _content = value;
            _deferredContent = null;
        }
    }

    /// <summary>Reads <see cref="Content"/> when it is first asked for, once, whichever thread asks; null: <see cref="Content"/> as given.</summary>
    internal Func<CredentialContent?>? DeferredContent
    {
        init
        {
            if (value is not null)
            {
                _content = null;
                _deferredContent = new Lazy<CredentialContent?>(value, LazyThreadSafetyMode.ExecutionAndPublication);
            }
        }
    }

    /// <summary>What was cleaned from the input before reading it (line breaks in a token, quotes, a label…).</summary>
    public IReadOnlyList<string> InputNotes { get; init; } = [];

    /// <summary>For an SD-JWT VC, the claims the holder disclosed and how many digests stayed undisclosed.</summary>
    public Proofs.Formats.SelectiveDisclosure? Disclosure { get; init; }

    /// <summary>What the results add up to, finer than <see cref="Verdict"/>: revoked, expired but authentic, forged…</summary>
    public Conclusion Conclusion => Conclusions.Of(this);

    /// <summary>The results that failed or could not be decided.</summary>
    public IEnumerable<CheckResult> Problems => Checks.Where(c => c.Outcome is CheckOutcome.Failed or CheckOutcome.Indeterminate);

    /// <summary>Computes the verdict of a list of results.</summary>
    public static Verdict VerdictOf(IEnumerable<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results as IReadOnlyCollection<CheckResult> ?? results.ToList();
        if (list.Any(r => r.Outcome == CheckOutcome.Failed))
        {
            return Verdict.NotVerified;
        }

        // "<check>.skipped" says a check it depends on did not pass; with nothing failed or undecided that is a
        // contradiction, and a credential whose proof, issuer or trust was never decided is not verified.
        return list.Any(r => r.Outcome == CheckOutcome.Indeterminate || (r.Outcome == CheckOutcome.Skipped && DependencySkips.Contains(r.Code)))
            ? Verdict.Indeterminate
            : Verdict.Verified;
    }

    private static readonly HashSet<string> DependencySkips = new(StringComparer.Ordinal)
    {
        CheckCodes.ProofSkipped, CheckCodes.IssuerSkipped, CheckCodes.TrustSkipped,
    };
}
