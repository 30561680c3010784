using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Elm;
using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;
using Credentials.TestKit;

namespace Credentials.Model.Tests;

internal static class TestData
{
    public static readonly string[] InputNames = ["aalto-like.json", "vastra-like.json"];

    public static ElmBuildOptions Options { get; } = new()
    {
        CredentialId = "urn:uuid:5b0e4e5c-4a1c-4d8e-9f43-0c7f3b1d2a10",
        IssuerId = "did:web:credentials.pohjoisen-yliopisto.example",
        IssuedAt = new DateTimeOffset(2026, 6, 16, 9, 30, 0, TimeSpan.Zero),
    };

    public static byte[] InputBytes(string name) =>
        File.ReadAllBytes(RepositoryPaths.InRepo("tests", "Credentials.Model.Tests", "Inputs", name));

    public static JsonObject InputJson(string name) => JsonNode.Parse(InputBytes(name))!.AsObject();

    public static MicroCredential Credential(string name = "aalto-like.json")
    {
        var result = MicroCredentialJson.Parse(InputBytes(name));
        result.Problems.Should().BeEmpty();
        return result.Value!;
    }

    public static JsonObject Built(string name = "aalto-like.json") => ElmCredentialBuilder.Build(Credential(name), Options);

    public static JsonDocument SampleUnsigned() =>
        JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld")));

    public static JsonDocument SampleSignedPayload()
    {
        using var envelope = JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld")));
        return JsonDocument.Parse(envelope.RootElement.GetProperty("payload").GetString()!);
    }

    public static byte[] Utf8(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node);

    /// <summary>Removes the member at a simple jsonPath like <c>/template/issuer/legalName</c>.</summary>
    public static JsonObject Without(JsonObject input, string jsonPath)
    {
        var copy = input.DeepClone().AsObject();
        var tokens = jsonPath.Trim('/').Split('/');
        JsonNode current = copy;
        foreach (var token in tokens[..^1])
        {
            current = int.TryParse(token, out var index) ? current[index]! : current[token]!;
        }

        current.AsObject().Remove(tokens[^1]).Should().BeTrue($"{jsonPath} exists in the input");
        return copy;
    }

    /// <summary>Sets the value at a simple jsonPath.</summary>
    public static JsonObject With(JsonObject input, string jsonPath, JsonNode? value)
    {
        var copy = input.DeepClone().AsObject();
        var tokens = jsonPath.Trim('/').Split('/');
        JsonNode current = copy;
        foreach (var token in tokens[..^1])
        {
            current = int.TryParse(token, out var index) ? current[index]! : current[token]!;
        }

        current.AsObject()[tokens[^1]] = value;
        return copy;
    }
}
