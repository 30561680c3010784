using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.Formats;

/// <summary>The proof of the two JWS credential formats: the one JWS policy, with the issuer as the signer.</summary>
internal static class JwsCredentials
{
    public static async Task<ProofResult> VerifyAsync(CredentialInput input, SecuredCredential credential, ProofContext context, CancellationToken cancellationToken)
    {
        var requirements = new JwsRequirements { What = "credential", Purpose = ProofPurposes.AssertionMethod, SignerDid = credential.IssuerId };
        var result = await context.Jws.VerifyAsync(input.Jws!, requirements, cancellationToken).ConfigureAwait(false);
        return new ProofResult { Findings = [result.Finding], SignerController = result.Controller };
    }
}
