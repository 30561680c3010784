using System.Text.Json;

namespace Credentials.Shacl.Elm;

/// <summary>
/// Which bundled Europass shapes apply to a credential: those its <c>credentialSchema</c> names, those of the EDC
/// profiles its <c>credentialProfiles</c> claims (each EDC credential type has its own application profile), and the
/// generic shapes (<c>edc-generic-full</c>) for a <c>EuropeanDigitalCredential</c> that names none.
/// </summary>
public static class ElmProfiles
{
    /// <summary>The generic EDC shapes, with the mandatory controlled vocabularies.</summary>
    public const string GenericFull = "http://data.europa.eu/snb/model/ap/edc-generic-full";

    /// <summary>EDC credential types (the <c>credential</c> code list) and the shapes of their application profiles.</summary>
    public static IReadOnlyDictionary<string, string> ShapesByCredentialType { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["http://data.europa.eu/snb/credential/e34929035b"] = GenericFull,
        ["http://data.europa.eu/snb/credential/c_ae121a00"] = "http://data.europa.eu/snb/model/ap/edc-accredited",
        ["http://data.europa.eu/snb/credential/c_9a31f32a"] = "http://data.europa.eu/snb/model/ap/edc-issued-by-mandate",
        ["http://data.europa.eu/snb/credential/c_7e400154"] = "http://data.europa.eu/snb/model/ap/edc-converted",
        ["http://data.europa.eu/snb/credential/6dff8a0f87"] = "http://data.europa.eu/snb/model/ap/edc-diploma-supplement",
    };

    /// <summary>The shapes ids to apply, in order, without duplicates.</summary>
    /// <param name="credential">The credential.</param>
    public static IReadOnlyList<string> ShapeIds(JsonElement credential)
    {
        var ids = ElmShaclValidator.SchemaIds(credential).ToList();
        foreach (var profile in Concepts(credential, "credentialProfiles"))
        {
            if (ShapesByCredentialType.TryGetValue(profile, out var shapes) && !ids.Contains(shapes))
            {
                ids.Add(shapes);
            }
        }

        if (ids.Count == 0 && IsEuropass(credential))
        {
            ids.Add(GenericFull);
        }

        return ids;
    }

    private static bool IsEuropass(JsonElement credential) =>
        credential.ValueKind == JsonValueKind.Object && credential.TryGetProperty("type", out var type)
        && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : Enumerable.Repeat(type, 1))
            .Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == "EuropeanDigitalCredential");

    private static IEnumerable<string> Concepts(JsonElement credential, string member)
    {
        if (credential.ValueKind != JsonValueKind.Object || !credential.TryGetProperty(member, out var value))
        {
            yield break;
        }

        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                yield return id.GetString()!;
            }
        }
    }
}
