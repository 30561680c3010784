using Credentials.Proofs.Findings;

namespace Credentials.Proofs.Formats;

/// <summary>A JSON credential with no proof at all: readable, never verified (anyone could have written it).</summary>
public sealed class UnsignedFormat : ICredentialFormat
{
    /// <inheritdoc/>
    public string Name => "unsigned";

    /// <inheritdoc/>
    public bool Recognizes(CredentialInput input) => input?.Json is not null;

    /// <inheritdoc/>
    public SecuredCredential Read(CredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (credential, pointer) = JsonCredentials.Locate(input.Json!.RootElement);
        return JsonCredentials.Read(this, credential, pointer, "credential without a signature", claimsProfile: false);
    }

    /// <inheritdoc/>
    public Task<ProofResult> VerifyAsync(CredentialInput input, SecuredCredential credential, ProofContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new ProofResult { Findings = [Finding.Failed(CheckCodes.ProofMissing, "The credential carries no signature or proof: anyone could have written it.")] });
}
