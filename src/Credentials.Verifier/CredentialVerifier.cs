using Credentials.Proofs.Findings;
using System.Text;
using Credentials.Model.Ports;
using Credentials.Proofs.Dids;
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
        _checks =
        [
            new FormatCheck(),
            new SchemaCheck(schema),
            new ProofCheck(resolver),
            new IssuerCheck(),
            new ValidityCheck(),
            new StatusCheck(new Status.StatusListVerifier(statusLists, resolver)),
            new TrustCheck(),
        ];
    }

    /// <summary>Verifies text: a compact JWS, or JSON.</summary>
    public Task<VerificationReport> VerifyAsync(string input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return VerifyAsync(Encoding.UTF8.GetBytes(input), cancellationToken);
    }

    /// <summary>Verifies bytes (UTF-8, with or without a byte-order mark): a compact JWS, or JSON.</summary>
    public async Task<VerificationReport> VerifyAsync(ReadOnlyMemory<byte> input, CancellationToken cancellationToken = default)
    {
        using var context = new VerificationContext(input, _options, _time);
        var results = new List<CheckResult>(8);
        foreach (var check in _checks)
        {
            IReadOnlyList<CheckResult> outcome;
            if (_options.OnlyChecks is { } only && check.Name != CheckNames.Format && !only.Contains(check.Name))
            {
                outcome = Result.Skipped(check.Name, check.Name + ".skipped", "the caller did not ask for this check.");
            }
            else
            {
                outcome = await check.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }

            context.Outcomes[check.Name] = Worst(outcome);
            results.AddRange(outcome);
        }

        return new VerificationReport
        {
            Verdict = VerificationReport.VerdictOf(results),
            Checks = results,
            Envelope = EnvelopeName(context.Envelope),
            IssuerId = context.IssuerId,
            TrustedIssuer = context.IssuerId is null || !context.Passed(CheckNames.Trust) ? null : _options.TrustedIssuers?.Find(context.IssuerId),
            Content = context.Credential is { } credential ? ContentReader.Read(credential) : null,
        };
    }

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

    private static string? EnvelopeName(Envelope e) => e switch
    {
        Envelope.VcJwt11 => "vc-jwt",
        Envelope.VcJose => "vc+jwt",
        Envelope.DataIntegrity => "data-integrity",
        Envelope.Jades => "jades",
        Envelope.Unsigned => "unsigned",
        _ => null,
    };
}
