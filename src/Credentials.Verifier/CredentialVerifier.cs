using Credentials.Proofs.Findings;
using System.Text;
using Credentials.Model.Ports;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Formats;
using Credentials.Proofs.Jws;
using Credentials.Verifier.Checks;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier;

/// <summary>
/// Verifies a credential and reports every check (design §4). Thread-safe and reusable; all inputs that are not a
/// valid credential produce a report, never an exception.
/// </summary>
public sealed class CredentialVerifier
{
    private readonly VerifierOptions _options;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<ICheck> _checks;

    /// <summary>Creates a verifier.</summary>
    /// <param name="options">Limits, skew, trusted issuers.</param>
    /// <param name="time">The clock; tests pass a fake one.</param>
    /// <param name="didDocuments">Where <c>did:web</c> documents come from; null: <c>did:web</c> keys stay unresolved.</param>
    /// <param name="schema">The ELM micro-credential schema; null: the schema check is skipped as not applicable.</param>
    /// <param name="statusLists">Where status-list credentials come from; null: a declared status stays unchecked (Indeterminate).</param>
    public CredentialVerifier(VerifierOptions options, TimeProvider time, IDidDocumentSource? didDocuments = null, Model.Schema.ISchemaValidator? schema = null, IStatusListSource? statusLists = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
        var resolver = new DidResolver(didDocuments);
        var jws = new JwsVerifier(resolver);
        _checks =
        [
            new FormatCheck(CredentialFormats.Default),
            new SchemaCheck(schema, options.StructureMemory),
            new ProofCheck(new ProofContext { Resolver = resolver, Jws = jws, Time = time }),
            new IssuerCheck(),
            new ValidityCheck(),
            new StatusCheck(new Status.StatusListVerifier(statusLists, jws, resolver, time), new Status.TokenStatusListVerifier(statusLists, jws, time)),
            new TrustCheck(),
        ];
    }

    /// <summary>The options this verifier was made with (a sealed presentation is judged with the same seal anchors).</summary>
    internal VerifierOptions Options => _options;

    /// <summary>Verifies text: a compact JWS, or JSON (encoded to UTF-8 once and read as bytes).</summary>
    public Task<VerificationReport> VerifyAsync(string input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return VerifyAsync(Encoding.UTF8.GetBytes(input), cancellationToken);
    }

    /// <summary>
    /// Verifies bytes (UTF-8, with or without a byte-order mark): a compact JWS, or JSON. A compact JWS is read in
    /// place, never copied into a string, so the bytes must not change until the returned task completes; the
    /// report keeps nothing of them.
    /// </summary>
    public async Task<VerificationReport> VerifyAsync(ReadOnlyMemory<byte> input, CancellationToken cancellationToken = default)
    {
        var checkedAt = _time.GetUtcNow();
        using var context = new VerificationContext(input, _options, _time);
        var results = new List<CheckResult>(8);
        foreach (var check in _checks)
        {
            IReadOnlyList<CheckResult> outcome;
            if (_options.OnlyChecks is { } only && check.Name != CheckNames.Format && !only.Contains(check.Name))
            {
                outcome = Result.Skipped(check.Name, NotRequested[check.Name], "the caller did not ask for this check.");
            }
            else
            {
                outcome = await check.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }

            context.Outcomes[check.Name] = Worst(outcome);
            results.AddRange(outcome);
        }

        // The content (the Annex I model, the display) is for whoever shows the report: read from the format's own
        // bytes when it is asked for, when the format has them; otherwise now, while the parsed document is alive.
        var deferred = context.Secured is { Document: not null, Source.IsEmpty: false } secured
            ? ContentReader.Later(secured.Source, secured.Pointer, secured.ClaimsMicroCredentialProfile)
            : null;
        return new VerificationReport
        {
            Verdict = VerificationReport.VerdictOf(results),
            Checks = results,
            Envelope = context.Secured?.Format.Name,
            IssuerId = context.IssuerId,
            TrustedIssuer = context.IssuerId is null || !context.Passed(CheckNames.Trust) ? null : _options.TrustedIssuers?.Find(context.IssuerId),
            TrustListName = _options.TrustedIssuers?.Name,
            CheckedAt = checkedAt,
            Content = deferred is null && context.Credential is { } credential ? ContentReader.Read(credential, MicroCredentialClaim.Of(context, credential)) : null,
            DeferredContent = deferred,
            InputNotes = context.Parsed?.Notes ?? [],
            Disclosure = context.Secured?.Disclosure,
        };
    }

    // A check the caller left out has its own code: "<check>.skipped" means a check it depends on did not pass.
    private static readonly Dictionary<string, string> NotRequested = new(StringComparer.Ordinal)
    {
        [CheckNames.Schema] = CheckCodes.SchemaNotRequested,
        [CheckNames.Proof] = CheckCodes.ProofNotRequested,
        [CheckNames.Issuer] = CheckCodes.IssuerNotRequested,
        [CheckNames.Validity] = CheckCodes.ValidityNotRequested,
        [CheckNames.Status] = CheckCodes.StatusNotRequested,
        [CheckNames.Trust] = CheckCodes.TrustNotRequested,
    };

    private static CheckOutcome Worst(IReadOnlyList<CheckResult> results)
    {
        if (results.Any(r => r.Outcome == CheckOutcome.Failed))
        {
            return CheckOutcome.Failed;
        }

        if (results.Any(r => r.Outcome == CheckOutcome.Indeterminate))
        {
            return CheckOutcome.Indeterminate;
        }

        return results.All(r => r.Outcome == CheckOutcome.Skipped) ? CheckOutcome.Skipped : CheckOutcome.Passed;
    }
}
