using System.Globalization;
using System.Text.Json;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>
/// W3C VC Data Integrity 1.0: a JSON credential with an embedded <c>proof</c> (one or a set), EdDSA cryptosuites
/// <c>eddsa-rdfc-2022</c> and <c>eddsa-jcs-2022</c>; every proof must verify with a key of the issuer (§4.4).
/// </summary>
public sealed class DataIntegrityFormat : ICredentialFormat
{
    /// <inheritdoc/>
    public string Name => "data-integrity";

    /// <inheritdoc/>
    public bool Recognizes(CredentialInput input) =>
        input?.Json?.RootElement is { ValueKind: JsonValueKind.Object } root && JsonCredentials.Locate(root).Credential.TryGetProperty("proof", out _);

    /// <inheritdoc/>
    public SecuredCredential Read(CredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (credential, pointer) = JsonCredentials.Locate(input.Json!.RootElement);
        return JsonCredentials.Read(this, credential, pointer, "credential with a Data Integrity proof", claimsProfile: true);
    }

    /// <inheritdoc/>
    public async Task<ProofResult> VerifyAsync(CredentialInput input, SecuredCredential credential, ProofContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(context);
        var result = await DataIntegrityProofs.VerifyAsync(
            credential.Document!.Value,
            context.Resolver,
            new DataIntegrityVerifyOptions { ExpectedController = credential.IssuerId ?? string.Empty, TimeProvider = context.Time },
            cancellationToken).ConfigureAwait(false);

        var findings = new List<Finding>(result.Proofs.Count);
        foreach (var proof in result.Proofs)
        {
            var outcome = proof.Outcome switch
            {
                ProofOutcome.Valid => CheckOutcome.Passed,
                ProofOutcome.Invalid => CheckOutcome.Failed,
                _ => CheckOutcome.Indeterminate,
            };
            var pointer = credential.Pointer + "/proof" + (result.Proofs.Count > 1 ? "/" + proof.Index.ToString(CultureInfo.InvariantCulture) : string.Empty);
            var message = outcome == CheckOutcome.Passed
                ? $"The {proof.Cryptosuite} proof by {Abbreviations.Short(proof.VerificationMethod ?? "?")} is valid."
                : char.ToUpperInvariant(proof.Message[0]) + proof.Message[1..] + ".";
            findings.Add(new Finding(outcome, proof.Code, message, outcome == CheckOutcome.Passed ? null : pointer));
        }

        return new ProofResult
        {
            Findings = findings,
            SignerController = result.Verified && result.Proofs.Count > 0 ? result.Proofs[0].Controller : null,
        };
    }
}
