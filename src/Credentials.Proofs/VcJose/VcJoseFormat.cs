using System.Text.Json;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.VcJose;

/// <summary>
/// VC-JOSE-COSE §3.1.1: a compact JWS whose payload is the credential itself, typed <c>vc+jwt</c> (<c>cty</c>
/// <c>vc</c> when present); an <c>iss</c> claim, when present, must be the issuer's id.
/// </summary>
public sealed class VcJoseFormat : ICredentialFormat
{
    /// <inheritdoc/>
    public string Name => "vc+jwt";

    /// <inheritdoc/>
    public bool Recognizes(CredentialInput input) => input?.Jws is not null;

    /// <inheritdoc/>
    public SecuredCredential Read(CredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var jws = input.Jws!;
        if (jws.PayloadJson?.RootElement is not { ValueKind: JsonValueKind.Object } payload)
        {
            return new SecuredCredential(this, "signed token") { Problems = [Finding.Failed(CheckCodes.FormatNotACredential, "The token's payload is not a JSON object.", "/payload")] };
        }

        if (JwsTypes.Problem(jws, JwsTypes.VcJose) is { } typeProblem)
        {
            return new SecuredCredential(this, "signed token") { Problems = [typeProblem] };
        }

        if (!CredentialMembers.IsCredential(payload))
        {
            return new SecuredCredential(this, "signed token") { Problems = [Finding.Failed(CheckCodes.FormatNotACredential, "The content has no '@context' or is not of type VerifiableCredential.")] };
        }

        var issuer = CredentialMembers.IssuerId(payload);
        var problems = CredentialMembers.StructureProblems(payload, string.Empty);
        if (payload.TryGetProperty("iss", out var iss) && (iss.ValueKind != JsonValueKind.String || iss.GetString() != issuer))
        {
            problems.Add(Finding.Failed(CheckCodes.FormatClaimsMismatch, "The token's 'iss' does not match the credential's issuer.", "/iss"));
        }

        var (bounds, boundProblems) = JwsCredentials.Bounds(payload, string.Empty, payload);
        return new SecuredCredential(this, "VC-JOSE token (vc+jwt)")
        {
            Document = payload,
            IssuerId = issuer,
            Problems = problems,
            Bounds = bounds,
            BoundProblems = boundProblems,
            ClaimsMicroCredentialProfile = true,
            Source = jws.Payload,
        };
    }

    /// <inheritdoc/>
    public Task<ProofResult> VerifyAsync(CredentialInput input, SecuredCredential credential, ProofContext context, CancellationToken cancellationToken) =>
        JwsCredentials.VerifyAsync(input, credential, context, cancellationToken);
}
