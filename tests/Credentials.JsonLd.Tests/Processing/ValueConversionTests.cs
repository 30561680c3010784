using System.Text.Json;

namespace Credentials.JsonLd.Tests.Processing;

public sealed class ValueConversionTests
{
    [Fact]
    public void ToRdf_LanguagesNumbersAndJson_MatchJsonLdJs()
    {
        using var document = JsonDocument.Parse("""
            {"@context": {"@vocab": "http://ex/", "@language": "en-US", "m": {"@id": "http://ex/m", "@container": "@language"}, "t": {"@id": "http://ex/t", "@language": "SV-fi"}},
             "@id": "urn:s", "a": {"@value": "x", "@language": "en-GB"}, "b": "y", "m": {"FI-fi": "z"}, "t": "w", "n": 1.0, "d": 1.5, "big": 1e21, "neg": -0.0,
             "j": {"@value": {"b": [1, 2.5, "é"], "a": null}, "@type": "@json"}}
            """);

        var canonical = RdfCanonicalizer.Canonicalize(JsonLdProcessor.ToRdf(document.RootElement, new JsonLdOptions())).CanonicalNQuads;

        // The same output as jsonld.js 8.3.3 canonize (URDNA2015) gives for this document.
        canonical.Should().Be(
            "<urn:s> <http://ex/a> \"x\"@en-gb .\n"
            + "<urn:s> <http://ex/b> \"y\"@en-us .\n"
            + "<urn:s> <http://ex/big> \"1.0E21\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"
            + "<urn:s> <http://ex/d> \"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"
            + "<urn:s> <http://ex/j> \"{\\\"a\\\":null,\\\"b\\\":[1,2.5,\\\"é\\\"]}\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> .\n"
            + "<urn:s> <http://ex/m> \"z\"@fi-fi .\n"
            + "<urn:s> <http://ex/n> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            + "<urn:s> <http://ex/neg> \"0\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            + "<urn:s> <http://ex/t> \"w\"@sv-fi .\n");
    }

    [Fact]
    public void Expand_TypeScopedAndPropertyScopedContexts_AreApplied()
    {
        using var document = JsonDocument.Parse("""
            {"@context": {"@vocab": "http://ex/",
                          "Person": {"@id": "http://ex/Person", "@context": {"name": "http://schema.org/name"}},
                          "knows": {"@id": "http://ex/knows", "@context": {"name": "http://xmlns.com/foaf/0.1/name"}}},
             "@type": "Person", "name": "Ann", "knows": {"name": "Bo"}}
            """);

        var expanded = JsonLdProcessor.Expand(document.RootElement, new JsonLdOptions()).ToJsonString();

        expanded.Should().Be("""[{"@type":["http://ex/Person"],"http://schema.org/name":[{"@value":"Ann"}],"http://ex/knows":[{"http://xmlns.com/foaf/0.1/name":[{"@value":"Bo"}]}]}]""");
    }
}
