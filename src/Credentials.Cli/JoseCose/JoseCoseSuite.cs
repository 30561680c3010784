using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Issuer.DataModel;
using Credentials.Proofs.Jws;
using Credentials.Proofs.Keys;
using Credentials.Proofs.Presentations;
using Credentials.Proofs.VcJwt;

namespace Credentials.Cli.JoseCose;

/// <summary>
/// The W3C vc-jose-cose test suite's command-line contract (its <c>implementations/</c> README): <c>issue</c> and
/// <c>verify</c> for the features <c>credential_jose</c> and <c>presentation_jose</c> (VC-JOSE-COSE §3.1.1–3.1.2).
/// The COSE and SD-JWT features are answered <c>indeterminate</c>: we do not claim them.
/// </summary>
internal static class JoseCoseSuite
{
    public const string CredentialJose = "credential_jose";
    public const string PresentationJose = "presentation_jose";

    public static bool Implements(string feature) => feature is CredentialJose or PresentationJose;

    public static SuiteOutcome Issue(string input, SuiteKeyFile key, string feature)
    {
        if (feature is not (CredentialJose or PresentationJose))
        {
            return SuiteOutcome.Indeterminate($"the feature {feature} is not implemented (credential_jose and presentation_jose are)");
        }

        if (ParseObject(input) is not { } document)
        {
            return SuiteOutcome.Failure("the input is not a JSON object");
        }

        var problem = feature == CredentialJose ? CredentialProblem(document, forSigning: true) : PresentationProblem(document);
        if (problem is not null)
        {
            return SuiteOutcome.Failure(problem);
        }

        if (key.SecretKey is null)
        {
            return SuiteOutcome.Failure("the key file has no secretKeyJwk to sign with");
        }

        SigningKey signingKey;
        try
        {
            signingKey = SigningKey.FromPrivateJwk(key.SecretKey);
        }
        catch (ArgumentException e)
        {
            return SuiteOutcome.Indeterminate("this implementation signs with Ed25519 and P-256 keys only: " + e.Message);
        }

        using (signingKey)
        {
            // VC-JOSE-COSE §3.1: no iss here, so the kid is the verification method's absolute URL (requirement 27/28).
            var signer = new VcJwtSigner(signingKey, key.Id);
            var token = feature == CredentialJose
                ? signer.SignJose(document)
                : signer.Sign(document.ToJsonString(VcJwtSigner.PayloadJson), "vp+jwt", "vp");
            return SuiteOutcome.Success(token, $"signed as {(feature == CredentialJose ? "vc+jwt" : "vp+jwt")} with {signingKey.Algorithm}");
        }
    }

    public static async Task<SuiteOutcome> VerifyAsync(string input, SuiteKeyFile key, string feature)
    {
        if (feature is not (CredentialJose or PresentationJose))
        {
            return SuiteOutcome.Indeterminate($"the feature {feature} is not implemented (credential_jose and presentation_jose are)");
        }

        var text = input.Trim();
        if (!CompactJws.LooksLikeCompact(text))
        {
            return SuiteOutcome.Failure("the input is not secured: it is not a compact JWS");
        }

        using var jws = CompactJws.TryParse(text, out var error, out CompactJwsProblem _);
        if (jws?.PayloadJson is not { } payloadJson || payloadJson.RootElement.ValueKind != JsonValueKind.Object)
        {
            return SuiteOutcome.Failure("the token cannot be read" + (error is null ? string.Empty : ": " + error));
        }

        var (typ, cty) = feature == CredentialJose ? ("vc+jwt", "vc") : ("vp+jwt", "vp");
        if (jws.Type != typ || (jws.Header.RootElement.TryGetProperty("cty", out var c) && c.GetString() != cty))
        {
            return SuiteOutcome.Failure($"the header must say typ {typ} (and cty {cty} when present)");
        }

        var signature = await JwsVerifier.VerifyWithKeyAsync(jws, key.PublicKey, feature == CredentialJose ? "credential" : "presentation").ConfigureAwait(false);
        if (!signature.Valid)
        {
            return SuiteOutcome.Failure(signature.Finding.Message);
        }

        var payload = JsonNode.Parse(payloadJson.RootElement.GetRawText())!.AsObject();
        var problem = feature == CredentialJose ? CredentialProblem(payload, forSigning: false) : PresentationProblem(payload);
        return problem is null ? SuiteOutcome.Success(payload.ToJsonString(), signature.Finding.Message) : SuiteOutcome.Failure(problem);
    }

    private static string? CredentialProblem(JsonObject credential, bool forSigning)
    {
        // VC-JOSE-COSE §3.1.1: the vc and vp claim names MUST NOT be present.
        if (credential.ContainsKey("vc") || credential.ContainsKey("vp"))
        {
            return "a vc+jwt must not carry the JWT claims vc or vp";
        }

        var problems = forSigning ? CredentialDataModel.ValidateForSigning(credential) : CredentialDataModel.Validate(credential);
        if (problems.Count > 0)
        {
            return string.Join("; ", problems.Select(p => $"{p.Pointer}: {p.Message}"));
        }

        var issuer = VcJwtSigner.IssuerId(credential);
        return credential["iss"] is { } iss && Str(iss) != issuer ? "iss does not match the issuer (VC-JOSE-COSE §3.1.1)" : null;
    }

    private static string? PresentationProblem(JsonObject presentation)
    {
        if (presentation.ContainsKey("vc") || presentation.ContainsKey("vp"))
        {
            return "a vp+jwt must not carry the JWT claims vc or vp";
        }

        var types = presentation["type"] is JsonArray a ? a.Select(t => Str(t)) : [Str(presentation["type"])];
        if (!types.Contains(PresentationContexts.PresentationType))
        {
            return "type must include VerifiablePresentation";
        }

        // VC-JOSE-COSE §3.1.2: credentials in a presentation are secured, as EnvelopedVerifiableCredentials.
        foreach (var credential in presentation["verifiableCredential"] is JsonArray list ? list : [presentation["verifiableCredential"]])
        {
            if (credential is null)
            {
                continue;
            }

            // Any securing media type may be enveloped (vc+jwt, vc+sd-jwt, vc+cose): the data: URL is what secures it.
            if (credential is not JsonObject envelope || Str(envelope["type"]) != PresentationContexts.EnvelopedCredentialType
                || Str(envelope["id"]) is not { } id || !id.StartsWith("data:application/", StringComparison.Ordinal) || !id.Contains(',', StringComparison.Ordinal))
            {
                return "every verifiableCredential must be an EnvelopedVerifiableCredential whose id is a data: URL of a secured credential";
            }
        }

        var holder = presentation["holder"] switch
        {
            JsonObject o => Str(o["id"]),
            var h => Str(h),
        };
        return presentation["iss"] is { } iss && holder is not null && Str(iss) != holder ? "iss does not match the holder" : null;
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static JsonObject? ParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 }) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
