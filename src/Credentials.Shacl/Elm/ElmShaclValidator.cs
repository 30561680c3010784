using System.Text.Json;
using Credentials.JsonLd.Processing;
using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Elm;

/// <summary>
/// Validates an ELM credential (JSON-LD) against the shapes its <c>credentialSchema</c> names: the credential is
/// turned into RDF with the bundled contexts (nothing is fetched), then each known shapes graph is applied.
/// </summary>
public static class ElmShaclValidator
{
    private const string StatusContext = "https://www.w3.org/ns/credentials/status/v1";

    /// <summary>Validates a credential.</summary>
    /// <param name="credential">The credential JSON-LD object.</param>
    /// <param name="library">The shapes; <see cref="ElmShapeLibrary.Bundled"/> when null.</param>
    /// <param name="cancellationToken">Cancels a long validation.</param>
    /// <returns>The outcome; a malformed credential is an outcome, never an exception.</returns>
    public static ElmShaclOutcome Validate(JsonElement credential, ElmShapeLibrary? library = null, CancellationToken cancellationToken = default)
    {
        library ??= ElmShapeLibrary.Bundled;
        var ids = ElmProfiles.ShapeIds(credential);
        var known = new List<ShapesGraph>();
        var unknown = new List<string>();
        foreach (var id in ids)
        {
            if (library.TryGet(id, out var shapes))
            {
                known.Add(shapes!);
            }
            else
            {
                unknown.Add(id);
            }
        }

        if (known.Count == 0)
        {
            return new ElmShaclOutcome(ids, unknown, null, null);
        }

        RdfDataset data;
        try
        {
            data = JsonLdProcessor.ToRdf(WithoutSecuringMembers(credential), new JsonLdOptions());
        }
        catch (Exception e) when (e is JsonLdException or InvalidOperationException or FormatException or ArgumentException)
        {
            // Invalid UTF-8 inside a string, an unknown context, a malformed IRI: the data cannot be judged.
            return new ElmShaclOutcome(ids, unknown, null, e.Message);
        }

        var results = new List<ValidationResult>();
        var truncated = false;
        foreach (var shapes in known)
        {
            var report = ShaclValidator.Validate(shapes, data, cancellationToken);
            results.AddRange(report.Results.Where(r => !results.Contains(r)));
            truncated |= report.Truncated;
        }

        return new ElmShaclOutcome(ids, unknown, new ValidationReport(results, truncated), null);
    }

    /// <summary>
    /// The credential without the members that secure it rather than describe the learning: a <c>proof</c> (the
    /// verifier reads it as a W3C Data Integrity proof, which VC Data Integrity §4.2 removes before verifying, while
    /// the ELM shapes would require an elm:Proof) and <c>credentialStatus</c> with its context (judged by the status
    /// check; the ELM shapes require an elm:CredentialStatus, which a W3C <c>BitstringStatusListEntry</c> is not).
    /// </summary>
    private static JsonElement WithoutSecuringMembers(JsonElement credential)
    {
        if (credential.ValueKind != JsonValueKind.Object
            || (!credential.TryGetProperty("proof", out _) && !credential.TryGetProperty("credentialStatus", out _)))
        {
            return credential;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var member in credential.EnumerateObject().Where(m => m.Name is not ("proof" or "credentialStatus")))
            {
                if (member.Name == "@context" && member.Value.ValueKind == JsonValueKind.Array)
                {
                    writer.WriteStartArray(member.Name);
                    foreach (var context in member.Value.EnumerateArray().Where(c => c.ValueKind != JsonValueKind.String || c.GetString() != StatusContext))
                    {
                        context.WriteTo(writer);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    member.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>The <c>credentialSchema.id</c> values: one object or an array of them.</summary>
    /// <param name="credential">The credential.</param>
    /// <returns>The ids, in order, without duplicates.</returns>
    public static IReadOnlyList<string> SchemaIds(JsonElement credential)
    {
        var ids = new List<string>();
        if (credential.ValueKind != JsonValueKind.Object || !credential.TryGetProperty("credentialSchema", out var schema))
        {
            return ids;
        }

        IEnumerable<JsonElement> entries = schema.ValueKind == JsonValueKind.Array ? schema.EnumerateArray() : [schema];
        foreach (var entry in entries)
        {
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && id.GetString() is { Length: > 0 } value && !ids.Contains(value))
            {
                ids.Add(value);
            }
        }

        return ids;
    }
}
