using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.TestKit;

namespace Credentials.Shacl.Tests.Elm;

/// <summary>The official Europass Annex I samples, as credentials.</summary>
internal static class ElmSamples
{
    public static string Path(string file) => RepositoryPaths.InTestData("elm", "samples", file);

    /// <summary>The credential inside the JAdES JWS JSON of the signed sample (its payload string).</summary>
    public static JsonObject SignedPayload()
    {
        var envelope = JsonNode.Parse(File.ReadAllText(Path("Sample-MC-Annex1-signed.jsonld")))!.AsObject();
        return JsonNode.Parse(envelope["payload"]!.GetValue<string>())!.AsObject();
    }

    public static JsonObject Unsigned() => JsonNode.Parse(File.ReadAllText(Path("Sample-MC-Annex1-unsigned.jsonld")))!.AsObject();

    public static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node);
}
