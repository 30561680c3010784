using System.Text.Json;

namespace Credentials.JsonLd.Tests.Processing;

public sealed class ConcurrencyTests
{
    [Fact]
    public void ToRdf_ParallelCallsSharingTheContextCache_GiveIdenticalResults()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld")));
        var element = sample.RootElement;
        var expected = RdfCanonicalizer.Canonicalize(JsonLdProcessor.ToRdf(element, new JsonLdOptions())).CanonicalNQuads;
        var results = new string[16];

        Parallel.For(0, results.Length, i =>
            results[i] = RdfCanonicalizer.Canonicalize(JsonLdProcessor.ToRdf(element, new JsonLdOptions { SafeMode = true })).CanonicalNQuads);

        results.Should().AllBe(expected);
    }
}
