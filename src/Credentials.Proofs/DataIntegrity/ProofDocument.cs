using System.Text.Json.Nodes;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>Reading and shaping the <c>proof</c> and <c>@context</c> members of a secured document.</summary>
internal static class ProofDocument
{
    public const string VcV2Context = "https://www.w3.org/ns/credentials/v2";
    public const string DataIntegrityV2Context = "https://w3id.org/security/data-integrity/v2";

    /// <summary>The proofs of <c>proof</c>: none, one object, or the members of a proof set array.</summary>
    public static List<JsonNode?> Proofs(JsonNode? proof) => proof switch
    {
        null => [],
        JsonArray set => [.. set],
        _ => [proof],
    };

    /// <summary>
    /// VC Data Integrity 1.0 §2.1: the proof terms are defined by the VC 2.0 context or the Data Integrity context;
    /// a document with neither (a VCDM 1.1 credential such as ELM) gets the Data Integrity context appended, as the
    /// reference implementations do, so that no proof term is undefined.
    /// </summary>
    public static void EnsureSuiteContext(JsonObject document)
    {
        var context = document["@context"];
        if (context is null || Includes(context, VcV2Context) || Includes(context, DataIntegrityV2Context))
        {
            return;
        }

        if (context is JsonArray list)
        {
            list.Add(DataIntegrityV2Context);
        }
        else
        {
            document["@context"] = new JsonArray(context.DeepClone(), DataIntegrityV2Context);
        }
    }

    /// <summary>VC-DI-EdDSA 1.0 §3.3.2 verify step 4.1: does the document's context start with the proof's?</summary>
    public static bool StartsWith(JsonNode? documentContext, JsonNode proofContext)
    {
        var document = AsList(documentContext);
        var prefix = AsList(proofContext);
        if (prefix.Count > document.Count)
        {
            return false;
        }

        for (var i = 0; i < prefix.Count; i++)
        {
            if (!JsonNode.DeepEquals(prefix[i], document[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The string values of a member that may be a string or an array of strings.</summary>
    public static List<string>? Strings(JsonNode? value)
    {
        switch (value)
        {
            case null:
                return [];
            case JsonArray array:
                var list = new List<string>(array.Count);
                foreach (var item in array)
                {
                    if (AsString(item) is not { } s)
                    {
                        return null;
                    }

                    list.Add(s);
                }

                return list;
            default:
                return AsString(value) is { } one ? [one] : null;
        }
    }

    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    private static bool Includes(JsonNode context, string url) => AsList(context).Any(c => AsString(c) == url);

    private static List<JsonNode?> AsList(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array],
        _ => [node],
    };
}
