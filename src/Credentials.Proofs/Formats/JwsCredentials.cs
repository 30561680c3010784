using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.Formats;

/// <summary>The proof of the two JWS credential formats: the one JWS policy, with the issuer as the signer.</summary>
internal static class JwsCredentials
{
    /// <summary>
    /// The validity bounds of a credential carried in a JWS: its own members, then the JWT <c>nbf</c>/<c>exp</c>
    /// (RFC 7519 §4.1.4–5), and <c>iat</c> checked to be a number.
    /// </summary>
    public static (List<ValidityBound> Bounds, List<Finding> Problems) Bounds(System.Text.Json.JsonElement credential, string pointer, System.Text.Json.JsonElement claims)
    {
        var bounds = new List<ValidityBound>();
        var problems = new List<Finding>();
        CredentialMembers.ReadBounds(credential, pointer, bounds, problems);
        CredentialMembers.ReadNumericDate(claims, "nbf", true, bounds, problems);
        CredentialMembers.ReadNumericDate(claims, "exp", false, bounds, problems);
        CredentialMembers.CheckNumericDate(claims, "iat", problems);
        return (bounds, problems);
    }

    public static async Task<ProofResult> VerifyAsync(CredentialInput input, SecuredCredential credential, ProofContext context, CancellationToken cancellationToken)
    {
        var requirements = new JwsRequirements { What = "credential", Purpose = ProofPurposes.AssertionMethod, SignerDid = credential.IssuerId };
        var result = await context.Jws.VerifyAsync(input.Jws!, requirements, cancellationToken).ConfigureAwait(false);
        return new ProofResult { Findings = [result.Finding], SignerController = result.Controller };
    }
}
