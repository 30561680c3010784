using Credentials.Proofs.Findings;
using System.Text;
using Credentials.Model.Ports;
using Credentials.Proofs.Dids;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// Verifies a holder's verifiable presentation: a W3C VP (VC Data Model 1.1 or 2.0) with a Data Integrity proof
/// (<c>eddsa-rdfc-2022</c> or <c>eddsa-jcs-2022</c>, purpose <c>authentication</c>), or a VP-JWT (VC Data Model 1.1
/// §6.3.1), or a JAdES-sealed presentation as Europass makes them (the seal judged as a sealed credential's; a seal
/// proves no holder and answers no challenge, so it is at best Indeterminate). The holder must control the signing key, the signature must answer the expected challenge (and domain),
/// every embedded credential is verified with the given <see cref="CredentialVerifier"/>, and a credential whose
/// subject is a DID must have been issued to the holder (<see cref="PresentationCheckNames.Subject"/>). Thread-safe; every
/// input gives a report, never an exception.
/// </summary>
public sealed class PresentationVerifier
{
    private readonly CredentialVerifier _credentials;
    private readonly TimeProvider _time;
    private readonly DidResolver _resolver;
    private readonly PresentationVerifierOptions _options;

    /// <summary>Creates a presentation verifier.</summary>
    /// <param name="credentials">Verifies each embedded credential (its trust list, status lists and schema apply).</param>
    /// <param name="time">The clock; tests pass a fake one.</param>
    /// <param name="didDocuments">Where <c>did:web</c> documents of holders come from; null: <c>did:web</c> holders stay unresolved.</param>
    /// <param name="options">Size and credential-count limits; defaults when null.</param>
    public PresentationVerifier(CredentialVerifier credentials, TimeProvider time, IDidDocumentSource? didDocuments = null, PresentationVerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(time);
        _credentials = credentials;
        _time = time;
        _resolver = new DidResolver(didDocuments);
        _options = options ?? new PresentationVerifierOptions();
    }

    /// <summary>Whether the input looks like a presentation (a JSON object of type <c>VerifiablePresentation</c>, a
    /// compact JWS with a <c>vp</c> claim, or a JAdES seal whose payload is one), to route it to this verifier rather than <see cref="CredentialVerifier"/>.
    /// Proves nothing.</summary>
    public static bool LooksLikePresentation(ReadOnlySpan<byte> input) => PresentationReader.LooksLikePresentation(input);

    /// <summary>Verifies text: a VP-JWT, or a JSON presentation.</summary>
    public Task<PresentationReport> VerifyAsync(string input, PresentationExpectations expected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return VerifyAsync(Encoding.UTF8.GetBytes(input), expected, cancellationToken);
    }

    /// <summary>Verifies bytes (UTF-8, with or without a byte-order mark): a VP-JWT, or a JSON presentation.</summary>
    /// <param name="input">The presentation.</param>
    /// <param name="expected">The challenge the verifier issued (required) and its domain (optional).</param>
    /// <param name="cancellationToken">Cancels key resolution and credential verification.</param>
    /// <returns>The report; its verdict is Verified only when the presentation and every credential are.</returns>
    public async Task<PresentationReport> VerifyAsync(ReadOnlyMemory<byte> input, PresentationExpectations expected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var results = new List<CheckResult>(PresentationReader.Read(input, _options, out var parsed));
        if (parsed is null)
        {
            return new PresentationReport { Verdict = VerificationReport.VerdictOf(results), Checks = results };
        }

        using (parsed)
        {
            switch (parsed.Envelope)
            {
                case ParsedPresentation.DataIntegrity:
                    results.AddRange(await DataIntegrityPresentationChecks.RunAsync(parsed, expected, _resolver, _time, cancellationToken).ConfigureAwait(false));
                    break;
                case ParsedPresentation.Sealed:
                    results.AddRange(await SealedPresentationChecks.RunAsync(parsed, expected, _credentials.Options, _time, cancellationToken).ConfigureAwait(false));
                    break;
                case ParsedPresentation.Jwt:
                    results.AddRange(await JwtPresentationChecks.RunAsync(parsed, expected, _resolver, _time, _options.ClockSkew, cancellationToken).ConfigureAwait(false));
                    break;
                default:
                    results.Add(new(PresentationCheckNames.Proof, CheckOutcome.Failed, CheckCodes.PresentationUnsigned, "The presentation carries no proof: anyone holding the credentials could have sent it.", "/proof"));
                    results.Add(new(PresentationCheckNames.Holder, CheckOutcome.Skipped, CheckCodes.PresentationSkipped, "Not checked: the presentation is not signed."));
                    results.AddRange(BindingChecks.Skipped("the presentation is not signed."));
                    break;
            }

            var credentials = await VerifyCredentialsAsync(parsed, results, cancellationToken).ConfigureAwait(false);
            var holderProven = results.Any(r => r.Check == PresentationCheckNames.Holder && r.Outcome == CheckOutcome.Passed)
                && !results.Any(r => r.Check == PresentationCheckNames.Holder && r.Outcome != CheckOutcome.Passed);
            results.AddRange(SubjectChecks.Check(parsed.Holder, holderProven, credentials, expected.RequireHolderBinding));
            var verdicts = credentials.Select(c => c.Report.Verdict).Append(VerificationReport.VerdictOf(results)).ToList();
            return new PresentationReport
            {
                Verdict = verdicts.Contains(Verdict.NotVerified) ? Verdict.NotVerified : verdicts.Contains(Verdict.Indeterminate) ? Verdict.Indeterminate : Verdict.Verified,
                Checks = results,
                Envelope = parsed.Envelope,
                HolderId = parsed.Holder,
                Credentials = credentials,
            };
        }
    }

    private async Task<List<EmbeddedCredentialReport>> VerifyCredentialsAsync(ParsedPresentation parsed, List<CheckResult> results, CancellationToken cancellationToken)
    {
        const string Name = PresentationCheckNames.Credentials;
        var problems = new List<CheckResult>();
        var items = EmbeddedCredentials.Read(parsed, _options.MaxCredentials, problems);
        var reports = new List<EmbeddedCredentialReport>(items.Count);
        foreach (var item in items)
        {
            var report = await _credentials.VerifyAsync(item.Text, cancellationToken).ConfigureAwait(false);
            reports.Add(new EmbeddedCredentialReport(item.Pointer, item.Form, report));
            if (report.Verdict == Verdict.NotVerified)
            {
                problems.Add(new(Name, CheckOutcome.Failed, CheckCodes.PresentationCredentialNotVerified, "This credential is not verified: " + string.Join(" ", report.Checks.Where(c => c.Outcome == CheckOutcome.Failed).Select(c => c.Message)), item.Pointer));
            }
            else if (report.Verdict == Verdict.Indeterminate)
            {
                problems.Add(new(Name, CheckOutcome.Indeterminate, CheckCodes.PresentationCredentialIndeterminate, "This credential could not be fully verified: " + string.Join(" ", report.Problems.Select(c => c.Message)), item.Pointer));
            }
        }

        if (problems.Count > 0)
        {
            results.AddRange(problems);
        }
        else
        {
            results.Add(items.Count == 0
                ? new(Name, CheckOutcome.Passed, CheckCodes.PresentationNoCredentials, "The presentation holds no credentials; it only shows that the holder controls the key.")
                : new(Name, CheckOutcome.Passed, CheckCodes.PresentationCredentialsVerified, $"All {items.Count} credential(s) in the presentation are verified."));
        }

        return reports;
    }
}
