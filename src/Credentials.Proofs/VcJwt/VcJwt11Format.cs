using System.Text.Json;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.VcJwt;

/// <summary>
/// VC Data Model 1.1 §6.3.1 JWT encoding: a compact JWS whose payload carries the credential in its <c>vc</c> claim,
/// with <c>iss</c>, <c>jti</c>, <c>sub</c>, <c>nbf</c> and <c>exp</c> restating it; <c>typ</c> absent or <c>JWT</c>.
/// </summary>
public sealed class VcJwt11Format : ICredentialFormat
{
    /// <inheritdoc/>
    public string Name => "vc-jwt";

    /// <inheritdoc/>
    public bool Recognizes(CredentialInput input) =>
        input?.Jws?.PayloadJson?.RootElement is { ValueKind: JsonValueKind.Object } payload && payload.TryGetProperty("vc", out _);

    /// <inheritdoc/>
    public SecuredCredential Read(CredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var jws = input.Jws!;
        var payload = jws.PayloadJson!.RootElement;
        var vc = payload.GetProperty("vc");
        if (JwsTypes.Problem(jws, JwsTypes.VcJwt11) is { } typeProblem)
        {
            return new SecuredCredential(this, "VC-JWT token") { Problems = [typeProblem] };
        }

        if (!CredentialMembers.IsCredential(vc))
        {
            return NotACredential();
        }

        var problems = CredentialMembers.StructureProblems(vc, "/vc");
        problems.AddRange(ClaimsAgree(payload, vc));
        var (bounds, boundProblems) = JwsCredentials.Bounds(vc, "/vc", payload);
        return new SecuredCredential(this, "VC-JWT (VC Data Model 1.1)")
        {
            Document = vc,
            Pointer = "/vc",
            IssuerId = CredentialMembers.IssuerId(vc),
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

    // VC Data Model 1.1 §6.3.1: the registered claims restate the credential; a disagreement means two credentials in one token.
    private static List<Finding> ClaimsAgree(JsonElement payload, JsonElement vc)
    {
        var problems = new List<Finding>();
        void Compare(string claim, string? expected, string what)
        {
            if (payload.TryGetProperty(claim, out var c) && (c.ValueKind != JsonValueKind.String || (expected is not null && c.GetString() != expected)))
            {
                problems.Add(Finding.Failed(CheckCodes.FormatClaimsMismatch, $"The token's '{claim}' does not match the credential's {what}.", "/" + claim));
            }
        }

        Compare("iss", CredentialMembers.IssuerId(vc), "issuer");
        Compare("jti", CredentialMembers.String(vc, "id"), "id");
        Compare("sub", vc.TryGetProperty("credentialSubject", out var s) ? CredentialMembers.String(s, "id") : null, "subject id");
        CompareDate(payload, "nbf", CredentialMembers.String(vc, "issuanceDate") ?? CredentialMembers.String(vc, "validFrom"), "issuance date", problems);
        CompareDate(payload, "exp", CredentialMembers.String(vc, "expirationDate") ?? CredentialMembers.String(vc, "validUntil"), "expiration date", problems);
        return problems;
    }

    private static void CompareDate(JsonElement payload, string claim, string? date, string what, List<Finding> problems)
    {
        if (payload.TryGetProperty(claim, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds)
            && DateTimeStamp.TryParse(date, out var d) && d.ToUnixTimeSeconds() != (long)Math.Floor(seconds))
        {
            problems.Add(Finding.Failed(CheckCodes.FormatClaimsMismatch, $"The token's '{claim}' does not match the credential's {what}.", "/" + claim));
        }
    }

    private SecuredCredential NotACredential() =>
        new(this, "VC-JWT token") { Problems = [Finding.Failed(CheckCodes.FormatNotACredential, "The token's 'vc' claim has no '@context' or is not of type VerifiableCredential.", "/vc")] };
}
