using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Issuer.Issuing;
using Credentials.Web.Composition;

namespace Credentials.Web.Issuance;

/// <summary>Reads <c>{"credential": {...}, "options": {"format", "credentialStatus", "credentialId", "envelope"}}</c> strictly.</summary>
internal static class IssueRequestReader
{
    /// <summary>Accepted <c>options.format</c> values: our CLI names and the cryptosuite names.</summary>
    public static readonly IReadOnlyDictionary<string, SecuringFormat> Formats = new Dictionary<string, SecuringFormat>(StringComparer.Ordinal)
    {
        ["jwt"] = SecuringFormat.Jwt,
        ["vc-jwt"] = SecuringFormat.Jwt,
        ["vc-jose"] = SecuringFormat.Jwt,
        ["di-rdfc"] = SecuringFormat.DataIntegrityRdfc,
        ["eddsa-rdfc-2022"] = SecuringFormat.DataIntegrityRdfc,
        ["di-jcs"] = SecuringFormat.DataIntegrityJcs,
        ["eddsa-jcs-2022"] = SecuringFormat.DataIntegrityJcs,
    };

    public static (IssueRequest? Request, string? Error) Read(byte[] body)
    {
        JsonNode? root;
        try
        {
            // Parsed once strictly (duplicate members are an error), then as a mutable tree.
            using (var strict = JsonDocument.Parse(body, RequestBody.StrictJson))
            {
                if (!Credentials.Proofs.Jws.JsonText.IsReadable(strict.RootElement))
                {
                    return (null, RequestBody.NotUnicode);
                }
            }

            root = JsonNode.Parse(body, documentOptions: RequestBody.StrictJson);
        }
        catch (JsonException)
        {
            return (null, RequestBody.NotStrictJson);
        }

        if (root is not JsonObject obj || obj["credential"] is not JsonObject credential)
        {
            return (null, "The body must be an object with a credential object: our input form (template, learner, award) or a W3C credential.");
        }

        if (obj.Any(p => p.Key is not ("credential" or "options")))
        {
            return (null, "Only credential and options are accepted at the top level.");
        }

        var format = SecuringFormat.Jwt;
        bool? withStatus = null;
        string? id = null;
        bool? envelope = null;
        var joseName = false;
        if (obj["options"] is { } optionsNode)
        {
            if (optionsNode is not JsonObject options)
            {
                return (null, "options must be an object.");
            }

            foreach (var (name, value) in options)
            {
                switch (name)
                {
                    case "format" when value is JsonValue v && v.TryGetValue<string>(out var f) && Formats.TryGetValue(f, out var known):
                        format = known;
                        joseName = f == "vc-jose";
                        break;
                    case "format":
                        return (null, "options.format must be one of: " + string.Join(", ", Formats.Keys) + ".");
                    case "credentialStatus" when value is JsonObject s && s["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "BitstringStatusListEntry" && s.Count == 1:
                        withStatus = true;
                        break;
                    case "credentialStatus" when value is JsonValue b && b.TryGetValue<bool>(out var wanted):
                        withStatus = wanted;
                        break;
                    case "credentialStatus":
                        return (null, "options.credentialStatus must be {\"type\": \"BitstringStatusListEntry\"} or false.");
                    case "credentialId" when value is JsonValue v && v.TryGetValue<string>(out var i) && i.Length <= 512 && Uri.TryCreate(i, UriKind.Absolute, out _):
                        id = i;
                        break;
                    case "credentialId":
                        return (null, "options.credentialId must be an absolute URI of at most 512 characters.");
                    case "envelope" when value is JsonValue e && e.TryGetValue<bool>(out var wrap):
                        envelope = wrap;
                        break;
                    case "envelope":
                        return (null, "options.envelope must be true or false.");
                    default:
                        return (null, $"options.{name} is not supported (format, credentialStatus, credentialId, envelope are).");
                }
            }
        }

        if (envelope == true && format != SecuringFormat.Jwt)
        {
            return (null, "options.envelope applies to the JOSE format (jwt, vc-jose) only; Data Integrity proofs are embedded.");
        }

        return (new IssueRequest(credential, format, withStatus, id, envelope, joseName), null);
    }
}
