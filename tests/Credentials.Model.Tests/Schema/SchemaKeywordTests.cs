using System.Text.Json.Nodes;
using Credentials.Model.Schema;
using Credentials.TestKit;

namespace Credentials.Model.Tests.Schema;

/// <summary>
/// One case per JSON Schema keyword that <c>schemas/elm-microcredential.schema.json</c> relies on, proving our validator
/// enforces it: the valid instance passes and the one breaking exactly that keyword is refused; and, for the keywords the
/// draft 2020-12 profile newly relies on, a profile-valid credential broken in exactly that keyword is refused there.
/// </summary>
public sealed class SchemaKeywordTests
{
    public static TheoryData<string, string, string, string> EnforcedKeywords => new()
    {
        { "required", "{\"type\":\"object\",\"required\":[\"a\"]}", "{\"a\":1}", "{\"b\":1}" },
        { "type", "{\"type\":\"string\"}", "\"x\"", "5" },
        { "enum", "{\"type\":\"string\",\"enum\":[\"Concept\",\"Note\"]}", "\"Concept\"", "\"concept\"" },
        { "const", "{\"const\":\"Concept\"}", "\"Concept\"", "\"Note\"" },
        { "pattern", "{\"type\":\"string\",\"pattern\":\"^http://data\\\\.europa\\\\.eu/snb/eqf/[1-8]$\"}", "\"http://data.europa.eu/snb/eqf/8\"", "\"http://data.europa.eu/snb/eqf/9\"" },
        { "format-date-time", "{\"type\":\"string\",\"format\":\"date-time\"}", "\"2026-06-01T12:00:00Z\"", "\"2026-02-30T12:00:00Z\"" },
        { "minItems", "{\"type\":\"array\",\"minItems\":2}", "[1,2]", "[1]" },
        { "items", "{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", "[\"a\"]", "[\"a\",1]" },
        { "contains", "{\"type\":\"array\",\"contains\":{\"const\":\"s\"}}", "[\"a\",\"s\"]", "[\"a\"]" },
        { "minLength", "{\"type\":\"string\",\"minLength\":1}", "\"a\"", "\"\"" },
        { "minProperties", "{\"type\":\"object\",\"minProperties\":1}", "{\"en\":\"x\"}", "{}" },
        { "additionalProperties-schema", "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}", "{\"en\":\"x\"}", "{\"en\":5}" },
        { "properties", "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}", "{\"a\":\"x\"}", "{\"a\":1}" },
        { "unevaluatedProperties", "{\"allOf\":[{\"properties\":{\"id\":{}}}],\"properties\":{\"type\":{}},\"unevaluatedProperties\":false}", "{\"id\":1,\"type\":2}", "{\"id\":1,\"type\":2,\"x\":3}" },
        { "if-then", "{\"if\":{\"required\":[\"s\"]},\"then\":{\"required\":[\"c\"]}}", "{\"s\":1,\"c\":2}", "{\"s\":1}" },
        { "oneOf", "{\"oneOf\":[{\"type\":\"object\"},{\"type\":\"array\",\"items\":{\"type\":\"object\"}}]}", "[{}]", "\"x\"" },
        { "anyOf", "{\"anyOf\":[{\"required\":[\"registration\"]},{\"required\":[\"eIDASIdentifier\"]}]}", "{\"eIDASIdentifier\":{}}", "{\"vatIdentifier\":{}}" },
        { "allOf", "{\"allOf\":[{\"required\":[\"a\"]},{\"required\":[\"b\"]}]}", "{\"a\":1,\"b\":2}", "{\"a\":1}" },
        { "$ref-$defs", "{\"$defs\":{\"s\":{\"type\":\"string\"}},\"properties\":{\"a\":{\"$ref\":\"#/$defs/s\"}}}", "{\"a\":\"x\"}", "{\"a\":1}" },
    };

    [Theory]
    [MemberData(nameof(EnforcedKeywords))]
    public void Validate_EnforcedKeyword_AcceptsValidAndRejectsViolation(string keyword, string schema, string valid, string invalid)
    {
        var validator = SchemaValidator.FromSchemaText(schema);

        validator.Validate(valid).Should().BeEmpty($"'{keyword}' accepts a conforming instance");
        validator.Validate(invalid).Should().NotBeEmpty($"'{keyword}' must be enforced");
    }

    [Theory]
    [InlineData("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")]
    [InlineData("\"const\"")]
    [InlineData("\"unevaluatedProperties\": false")]
    [InlineData("\"if\"")]
    [InlineData("\"then\"")]
    [InlineData("\"contains\"")]
    [InlineData("\"format\": \"date-time\"")]
    public void ProfileSchema_SaysWhatItMeansWithDraft202012Keyword(string keyword)
    {
        File.ReadAllText(RepositoryPaths.InRepo("schemas", "elm-microcredential.schema.json")).Should().Contain(keyword);
    }

    [Fact]
    public void Profile_ConstBroken_IsRefusedAtThatValue()
    {
        var document = TestData.Built();
        document["credentialSchema"]!["type"] = "ShaclValidator2018";

        Errors(document).Should().ContainSingle().Which.Should().Be(new SchemaError("/credentialSchema/type", "The value is not one of the allowed values."));
    }

    [Fact]
    public void Profile_ClosedConceptSchemeWithAnotherMember_IsRefusedAtThatMember()
    {
        var document = TestData.Built();
        document["credentialSubject"]!["hasClaim"]!["specifiedBy"]!["learningSetting"]!["inScheme"]!["prefLabel"] = new JsonObject { ["en"] = "x" };

        Errors(document).Should().ContainSingle().Which.Pointer.Should().Be("/credentialSubject/hasClaim/specifiedBy/learningSetting/inScheme/prefLabel");
    }

    [Fact]
    public void Profile_ClosedCredentialSchemaWithAnotherMember_IsRefusedAtThatMember()
    {
        var document = TestData.Built();
        document["credentialSchema"]!["extra"] = true;

        Errors(document).Should().ContainSingle().Which.Should().Be(new SchemaError("/credentialSchema/extra", "The member 'extra' is not allowed here."));
    }

    [Fact]
    public void Profile_StatusEntryWithoutTheStatusContext_IsRefusedAtContext()
    {
        var document = TestData.Built();
        document["credentialStatus"] = new JsonObject { ["id"] = "https://example.org/status/1#5", ["type"] = "BitstringStatusListEntry" };

        Errors(document).Should().ContainSingle().Which.Pointer.Should().Be("/@context");
    }

    [Fact]
    public void Profile_StatusEntryWithTheStatusContext_Passes()
    {
        var document = TestData.Built();
        document["credentialStatus"] = new JsonObject { ["id"] = "https://example.org/status/1#5", ["type"] = "BitstringStatusListEntry" };
        document["@context"]!.AsArray().Add("https://www.w3.org/ns/credentials/status/v1");

        Errors(document).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2026-02-30T09:30:00Z")]
    [InlineData("2025-02-29T09:30:00+02:00")]
    public void Profile_DateOfTheRightFormThatIsNoDate_IsRefusedByFormat(string value)
    {
        var document = TestData.Built();
        document["issued"] = value;

        Errors(document).Should().ContainSingle().Which.Should().Be(new SchemaError("/issued", "The value does not have the required form."));
    }

    private static IReadOnlyList<SchemaError> Errors(JsonNode document) => SchemaValidator.ElmMicroCredential.Validate(document.ToJsonString());
}
