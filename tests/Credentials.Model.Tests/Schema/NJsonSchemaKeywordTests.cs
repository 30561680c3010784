using Credentials.Model.Schema;

namespace Credentials.Model.Tests.Schema;

/// <summary>
/// One case per JSON Schema keyword that <c>schemas/elm-microcredential.schema.json</c> relies on, proving NJsonSchema
/// enforces it here: the valid instance passes and the violating one fails. (NJsonSchema silently ignores several
/// other keywords; the last theory documents those so a silent change is noticed.)
/// </summary>
public sealed class NJsonSchemaKeywordTests
{
    public static TheoryData<string, string, string, string> EnforcedKeywords => new()
    {
        { "required", "{\"type\":\"object\",\"required\":[\"a\"]}", "{\"a\":1}", "{\"b\":1}" },
        { "type", "{\"type\":\"string\"}", "\"x\"", "5" },
        { "enum", "{\"type\":\"string\",\"enum\":[\"Concept\"]}", "\"Concept\"", "\"concept\"" },
        { "pattern", "{\"type\":\"string\",\"pattern\":\"^http://data\\\\.europa\\\\.eu/snb/eqf/[1-8]$\"}", "\"http://data.europa.eu/snb/eqf/8\"", "\"http://data.europa.eu/snb/eqf/9\"" },
        { "pattern-on-date-like-string", "{\"type\":\"string\",\"pattern\":\"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$\"}", "\"2026-06-01T12:00:00Z\"", "\"2026-06-01T12:00:00+02:00\"" },
        { "minItems", "{\"type\":\"array\",\"minItems\":2}", "[1,2]", "[1]" },
        { "items", "{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", "[\"a\"]", "[\"a\",1]" },
        { "minLength", "{\"type\":\"string\",\"minLength\":1}", "\"a\"", "\"\"" },
        { "minProperties", "{\"type\":\"object\",\"minProperties\":1}", "{\"en\":\"x\"}", "{}" },
        { "additionalProperties-schema", "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}", "{\"en\":\"x\"}", "{\"en\":5}" },
        { "properties", "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}", "{\"a\":\"x\"}", "{\"a\":1}" },
        { "oneOf", "{\"oneOf\":[{\"type\":\"object\"},{\"type\":\"array\",\"items\":{\"type\":\"object\"}}]}", "[{}]", "\"x\"" },
        { "anyOf", "{\"anyOf\":[{\"required\":[\"registration\"]},{\"required\":[\"eIDASIdentifier\"]}]}", "{\"eIDASIdentifier\":{}}", "{\"vatIdentifier\":{}}" },
        { "allOf", "{\"allOf\":[{\"required\":[\"a\"]},{\"required\":[\"b\"]}]}", "{\"a\":1,\"b\":2}", "{\"a\":1}" },
        { "$ref-definitions", "{\"definitions\":{\"s\":{\"type\":\"string\"}},\"properties\":{\"a\":{\"$ref\":\"#/definitions/s\"}}}", "{\"a\":\"x\"}", "{\"a\":1}" },
    };

    public static TheoryData<string, string, string> IgnoredKeywords => new()
    {
        { "const", "{\"const\":\"a\"}", "\"b\"" },
        { "contains", "{\"type\":\"array\",\"contains\":{\"type\":\"string\"}}", "[1]" },
        { "propertyNames", "{\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^[a-z]+$\"}}", "{\"A\":1}" },
        { "format-date-time", "{\"type\":\"string\",\"format\":\"date-time\"}", "\"2026-06-01\"" },
    };

    [Theory]
    [MemberData(nameof(EnforcedKeywords))]
    public void Validate_EnforcedKeyword_AcceptsValidAndRejectsViolation(string keyword, string schema, string valid, string invalid)
    {
        var validator = NJsonSchemaValidator.FromSchemaText(schema);

        validator.Validate(valid).Should().BeEmpty($"'{keyword}' accepts a conforming instance");
        validator.Validate(invalid).Should().NotBeEmpty($"'{keyword}' must be enforced by NJsonSchema");
    }

    [Theory]
    [MemberData(nameof(IgnoredKeywords))]
    public void Validate_IgnoredKeyword_IsStillIgnoredSoTheSchemaMustNotUseIt(string keyword, string schema, string violating)
    {
        var validator = NJsonSchemaValidator.FromSchemaText(schema);

        validator.Validate(violating).Should().BeEmpty($"NJsonSchema 11.6.2 ignores '{keyword}'; if this fails, it now enforces it");
    }

    [Theory]
    [InlineData("const")]
    [InlineData("\"if\"")]
    [InlineData("unevaluatedProperties")]
    [InlineData("prefixItems")]
    [InlineData("contains")]
    [InlineData("dependentRequired")]
    [InlineData("propertyNames")]
    [InlineData("\"format\"")]
    public void ProfileSchema_DoesNotUseIgnoredKeyword(string keyword)
    {
        var text = File.ReadAllText(Credentials.TestKit.RepositoryPaths.InRepo("schemas", "elm-microcredential.schema.json"));

        text.Should().NotContain(keyword);
    }
}
