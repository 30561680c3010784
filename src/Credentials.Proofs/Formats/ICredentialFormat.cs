namespace Credentials.Proofs.Formats;

/// <summary>
/// One securing format (VC-JWT 1.1, VC-JOSE-COSE, Data Integrity, JAdES…): it recognises its inputs, reads them into
/// the format-neutral <see cref="SecuredCredential"/>, and verifies their proof into a <see cref="ProofResult"/>. The
/// verifier's checks read only those two; adding a format is one folder with one of these, registered in
/// <see cref="CredentialFormats.Default"/>.
/// </summary>
public interface ICredentialFormat
{
    /// <summary>The stable name reports use, e.g. <c>vc-jwt</c>, <c>vc+jwt</c>, <c>data-integrity</c>, <c>jades</c>.</summary>
    string Name { get; }

    /// <summary>Whether the input has this format's shape (proves nothing). Formats are asked in registration order.</summary>
    bool Recognizes(CredentialInput input);

    /// <summary>Finds the credential, its issuer and validity bounds, and every structural problem. Never throws.</summary>
    SecuredCredential Read(CredentialInput input);

    /// <summary>Verifies the proof of a credential this format read. Never throws for bad input.</summary>
    Task<ProofResult> VerifyAsync(CredentialInput input, SecuredCredential credential, ProofContext context, CancellationToken cancellationToken);
}
