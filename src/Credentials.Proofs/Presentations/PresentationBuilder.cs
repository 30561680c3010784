using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.Presentations;

/// <summary>
/// Builds an unsigned verifiable presentation around credentials as their holder received them: JSON objects
/// secured with Data Integrity, and compact tokens (VC-JWT of VC Data Model 1.1, or VC-JOSE <c>vc+jwt</c>).
/// </summary>
public static class PresentationBuilder
{
    /// <summary>
    /// The data model version the credentials call for: 2.0 when every credential is a 2.0 one (base context
    /// <see cref="PresentationContexts.V2"/>, or a VC-JOSE token), 1.1 when every one is a 1.1 one, and an error when
    /// they are mixed (a 1.1 credential's protected terms cannot be processed inside a 2.0 presentation). No
    /// credentials: 2.0.
    /// </summary>
    /// <param name="credentials">Each credential as text: a JSON object or a compact JWS.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentException">A credential is unreadable, or the versions are mixed.</exception>
    public static PresentationVersion VersionFor(IReadOnlyList<string> credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var versions = credentials.Select(VersionOf).Distinct().ToList();
        return versions.Count switch
        {
            0 => PresentationVersion.DataModel20,
            1 => versions[0],
            _ => throw new ArgumentException("the credentials mix VC Data Model 1.1 and 2.0; present them separately", nameof(credentials)),
        };
    }

    /// <summary>
    /// The presentation document: <c>@context</c>, <c>type</c>, <c>holder</c>, an optional <c>id</c>, and the
    /// credentials in <c>verifiableCredential</c> (objects as objects; a token as a string in 1.1, as an
    /// <c>EnvelopedVerifiableCredential</c> in 2.0, VC Data Model 2.0 §4.13.1).
    /// </summary>
    /// <param name="credentials">Each credential as text: a JSON object or a compact JWS.</param>
    /// <param name="holder">The holder's id (a DID that controls the signing key).</param>
    /// <param name="version">The data model version.</param>
    /// <param name="id">An id for the presentation (e.g. <c>urn:uuid:…</c>), or null.</param>
    /// <returns>A new, unsigned presentation.</returns>
    /// <exception cref="ArgumentException">A credential is neither a JSON object nor a compact JWS.</exception>
    public static JsonObject Build(IReadOnlyList<string> credentials, string holder, PresentationVersion version, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        var embedded = new JsonArray();
        foreach (var credential in credentials)
        {
            embedded.Add(Embed(credential, version));
        }

        var presentation = new JsonObject
        {
            ["@context"] = new JsonArray(version == PresentationVersion.DataModel20 ? PresentationContexts.V2 : PresentationContexts.V1),
        };
        if (id is not null)
        {
            presentation["id"] = id;
        }

        presentation["type"] = new JsonArray(PresentationContexts.PresentationType);
        presentation["holder"] = holder;
        if (embedded.Count > 0)
        {
            presentation["verifiableCredential"] = embedded;
        }

        return presentation;
    }

    private static JsonNode Embed(string credential, PresentationVersion version)
    {
        var text = credential.Trim();
        if (CompactJws.LooksLikeCompact(text))
        {
            return version == PresentationVersion.DataModel20
                ? new JsonObject
                {
                    ["@context"] = PresentationContexts.V2,
                    ["id"] = PresentationContexts.EnvelopedJwtPrefix + text,
                    ["type"] = PresentationContexts.EnvelopedCredentialType,
                }
                : JsonValue.Create(text);
        }

        return Parse(text);
    }

    private static PresentationVersion VersionOf(string credential)
    {
        var text = credential.Trim();
        if (CompactJws.LooksLikeCompact(text))
        {
            using var jws = CompactJws.TryParse(text, out var error, out bool _)
                ?? throw new ArgumentException("a credential token is malformed: " + error, nameof(credential));
            return jws.PayloadJson?.RootElement is { ValueKind: JsonValueKind.Object } payload && payload.TryGetProperty("vc", out _)
                ? PresentationVersion.DataModel11
                : PresentationVersion.DataModel20;
        }

        var context = Parse(text)["@context"];
        var first = context is JsonArray array ? array.FirstOrDefault() : context;
        return first?.GetValueKind() == JsonValueKind.String && first.GetValue<string>() == PresentationContexts.V1
            ? PresentationVersion.DataModel11
            : PresentationVersion.DataModel20;
    }

    private static JsonObject Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject
                ?? throw new ArgumentException("a credential is neither a JSON object nor a compact JWS");
        }
        catch (JsonException e)
        {
            throw new ArgumentException("a credential is neither a JSON object nor a compact JWS: " + e.Message, e);
        }
    }
}
