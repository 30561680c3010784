using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.SdJwt;

/// <summary>
/// SD-JWT VC (IETF draft, <c>typ: dc+sd-jwt</c>) over RFC 9901 SD-JWT: the issuer-signed JWT, its disclosures and an
/// optional Key Binding JWT. Reading processes the disclosures (RFC 9901 §7.1) into the claims the holder disclosed;
/// the proof is the issuer's signature under the one JWS policy (the <c>kid</c> a verification method of the
/// <c>iss</c> DID) and, when present or asked for, the key binding (§7.3).
/// </summary>
public sealed class SdJwtVcFormat : ICredentialFormat
{
    /// <inheritdoc/>
    public string Name => SdJwtNames.CredentialType;

    /// <inheritdoc/>
    /// <remarks>A token typed <c>dc+sd-jwt</c> without a <c>~</c> is left to the token formats, which refuse its type.</remarks>
    public bool Recognizes(CredentialInput input) => input?.Jws is not null && input.SdJwt is not null;

    /// <inheritdoc/>
    public SecuredCredential Read(CredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var jws = input.Jws!;
        if (jws.PayloadJson?.RootElement is not { ValueKind: JsonValueKind.Object } signed)
        {
            return Broken(Finding.Failed(CheckCodes.FormatNotACredential, "The issuer-signed token's payload is not a JSON object.", "/payload"));
        }

        if (JwsTypes.Problem(jws, JwsTypes.SdJwtVc) is { } typeProblem)
        {
            return Broken(typeProblem);
        }

        if (signed.TryGetProperty(SdJwtNames.DigestAlgorithm, out var alg) && (alg.ValueKind != JsonValueKind.String || alg.GetString() != SdJwtNames.Sha256))
        {
            return Broken(Finding.Failed(CheckCodes.FormatSdJwtDigestAlgorithm, "The digest algorithm '_sd_alg' is not sha-256.", "/_sd_alg"));
        }

        var problems = new List<Finding>();
        var disclosures = new List<Disclosure>();
        var encodings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var encoded in input.SdJwt!.Disclosures)
        {
            if (!encodings.Add(encoded))
            {
                problems.Add(Finding.Failed(CheckCodes.FormatSdJwtDisclosureDuplicate, "The same disclosure is given twice."));
            }
            else if (Disclosure.TryParse(encoded, out var error) is { } disclosure)
            {
                disclosures.Add(disclosure);
            }
            else
            {
                problems.Add(Finding.Failed(CheckCodes.FormatSdJwtDisclosureMalformed, "A disclosure cannot be read: " + error + "."));
            }
        }

        var claims = JsonNode.Parse(signed.GetRawText())!.AsObject();
        var (disclosed, processing) = DisclosureProcessor.Process(claims, disclosures);
        problems.AddRange(processing);
        var document = JsonDocument.Parse(claims.ToJsonString());
        var root = document.RootElement;
        var issuer = CredentialMembers.String(root, "iss");
        if (issuer is null || CredentialMembers.String(root, "vct") is null)
        {
            problems.Add(Finding.Failed(CheckCodes.FormatSdJwtVctMissing, "The SD-JWT VC has no string 'vct' or no string 'iss'.", issuer is null ? "/iss" : "/vct"));
        }

        var (bounds, boundProblems) = JwsCredentials.Bounds(root, string.Empty, root);
        return new SecuredCredential(this, "SD-JWT VC (dc+sd-jwt)", document)
        {
            Document = root,
            IssuerId = issuer,
            Problems = problems,
            Bounds = bounds,
            BoundProblems = boundProblems,
            Disclosure = disclosed with { Visible = VisibleClaims(claims, disclosed) },
        };
    }

    /// <inheritdoc/>
    public async Task<ProofResult> VerifyAsync(CredentialInput input, SecuredCredential credential, ProofContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(context);
        var requirements = new JwsRequirements { What = "credential", Purpose = ProofPurposes.AssertionMethod, SignerDid = credential.IssuerId };
        var signature = await context.Jws.VerifyAsync(input.Jws!, requirements, cancellationToken).ConfigureAwait(false);
        var binding = await KeyBindingVerifier.VerifyAsync(input.SdJwt!, credential.Document!.Value, context).ConfigureAwait(false);
        return new ProofResult { Findings = [signature.Finding, binding], SignerController = signature.Controller };
    }

    private SecuredCredential Broken(Finding problem) => new(this, "SD-JWT VC") { Problems = [problem] };

    // Top-level claims that are neither the token's registered claims nor disclosed by the holder: what the issuer shows to all.
    private static List<KeyValuePair<string, JsonNode?>> VisibleClaims(JsonObject claims, SelectiveDisclosure disclosed)
    {
        var disclosedPaths = disclosed.Disclosed.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return [.. claims
            .Where(c => !Registered.Contains(c.Key) && !disclosedPaths.Contains("/" + c.Key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)))
            .Select(c => new KeyValuePair<string, JsonNode?>("/" + c.Key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), c.Value?.DeepClone()))];
    }

    private static readonly HashSet<string> Registered = new(StringComparer.Ordinal)
    {
        "iss", "sub", "aud", "iat", "nbf", "exp", "jti", "cnf", "vct", "vct#integrity", "status", "_sd", "_sd_alg",
    };
}
