using System.Security.Cryptography;
using System.Text.Json;

namespace Credentials.JsonLd.Tests.Conformance;

public sealed class RdfCanonManifestTests
{
    private static readonly string SuiteDir = RepositoryPaths.InTestData("rdf-canon");

    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(SuiteDir, "manifest.jsonld")));
        foreach (var entry in manifest.RootElement.GetProperty("entries").EnumerateArray())
        {
            data.Add(entry.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Manifest_Entry_Passes(string id)
    {
        var entry = FindEntry(id);
        var type = entry.GetProperty("type").GetString();
        var input = NQuads.Parse(File.ReadAllText(Path.Combine(SuiteDir, entry.GetProperty("action").GetString()!)));
        var options = new RdfcOptions
        {
            HashAlgorithm = entry.TryGetProperty("hashAlgorithm", out var alg) && alg.GetString() == "SHA384"
                ? HashAlgorithmName.SHA384
                : HashAlgorithmName.SHA256,
        };

        switch (type)
        {
            case "rdfc:RDFC10EvalTest":
                var expected = File.ReadAllText(Path.Combine(SuiteDir, entry.GetProperty("result").GetString()!));
                RdfCanonicalizer.Canonicalize(input, options).CanonicalNQuads.Should().Be(expected);
                break;
            case "rdfc:RDFC10MapTest":
                var expectedMap = JsonSerializer.Deserialize<Dictionary<string, string>>(
                    File.ReadAllText(Path.Combine(SuiteDir, entry.GetProperty("result").GetString()!)));
                RdfCanonicalizer.Canonicalize(input, options).IssuedIdentifiers.Should().BeEquivalentTo(expectedMap);
                break;
            case "rdfc:RDFC10NegativeEvalTest":
                var act = () => RdfCanonicalizer.Canonicalize(input, options);
                act.Should().Throw<RdfcLimitExceededException>();
                break;
            default:
                throw new InvalidOperationException("Unknown test type " + type);
        }
    }

    private static JsonElement FindEntry(string id)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(SuiteDir, "manifest.jsonld")));
        return manifest.RootElement.GetProperty("entries").EnumerateArray()
            .First(e => e.GetProperty("id").GetString() == id).Clone();
    }
}
