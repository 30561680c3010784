using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Shacl.Tests.Elm;
using Credentials.Shacl.Vocabularies;

namespace Credentials.Shacl.Tests.Vocabularies;

public sealed class ElmConceptListsTests
{
    [Theory]
    [InlineData("eqf", true)]
    [InlineData("isced-f", true)]
    [InlineData("country", true)]
    [InlineData("nqf", true)]
    [InlineData("europass-accreditation-types", true)]
    [InlineData("europass-learning-setting-types", true)]
    [InlineData("credit-points", false)]
    [InlineData("europass-modes", false)]
    [InlineData("europass-learning-assessment-types", false)]
    public void Lists_MandatoryFlag_ComesFromTheGenericFullShapes(string list, bool mandatory)
    {
        ElmConceptLists.Bundled.Lists.Should().Contain((list, mandatory));
    }

    [Fact]
    public void Check_SignedSamplePayload_FindsNothing()
    {
        var findings = ElmConceptLists.Bundled.Check(ElmSamples.ToElement(ElmSamples.SignedPayload()));

        findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_EqfLevel9_IsAMandatoryFinding()
    {
        var credential = ElmSamples.SignedPayload();
        var json = credential.ToJsonString().Replace("http://data.europa.eu/snb/eqf/6", "http://data.europa.eu/snb/eqf/9", StringComparison.Ordinal);
        json.Should().Contain("eqf/9");

        var findings = ElmConceptLists.Bundled.Check(JsonDocument.Parse(json).RootElement);

        findings.Should().NotBeEmpty();
        findings.Should().OnlyContain(f => f.ConceptId == "http://data.europa.eu/snb/eqf/9" && f.List == "eqf" && f.Mandatory);
        findings[0].Pointer.Should().StartWith("/credentialSubject/");
        Credentials.Shacl.Elm.ElmShaclValidator.Validate(JsonDocument.Parse(json).RootElement).Report!.Conforms.Should().BeTrue("SHACL alone accepts any concept of the scheme");
    }

    [Theory]
    [InlineData("http://data.europa.eu/snb/credential/c_ae121a00")]
    [InlineData("http://data.europa.eu/snb/credential/c_9a31f32a")]
    [InlineData("http://data.europa.eu/snb/credential/c_7e400154")]
    [InlineData("http://data.europa.eu/snb/credential/6dff8a0f87")]
    [InlineData("http://data.europa.eu/snb/credential/e34929035b")]
    public void Check_EveryEdcCredentialType_FindsNothing(string type)
    {
        var credential = ElmSamples.SignedPayload();
        credential["credentialProfiles"]!["id"] = type;

        var findings = ElmConceptLists.Bundled.Check(ElmSamples.ToElement(credential));

        findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_UnknownCredentialType_IsAMandatoryFinding()
    {
        var credential = ElmSamples.SignedPayload();
        credential["credentialProfiles"]!["id"] = "http://data.europa.eu/snb/credential/c_00000000";

        var findings = ElmConceptLists.Bundled.Check(ElmSamples.ToElement(credential));

        findings.Should().ContainSingle().Which.Mandatory.Should().BeTrue();
    }

    [Fact]
    public void Check_UnknownMode_IsAWarningFinding()
    {
        var credential = new JsonObject
        {
            ["mode"] = new JsonObject { ["id"] = "http://data.europa.eu/snb/learning-assessment/0000000000", ["type"] = "Concept" },
            ["other"] = new JsonObject { ["id"] = "http://example.org/vocab/x", ["type"] = new JsonArray("Concept") },
        };

        var findings = ElmConceptLists.Bundled.Check(ElmSamples.ToElement(credential));

        findings.Should().ContainSingle().Which.Should().Be(new ConceptFinding("/mode", "http://data.europa.eu/snb/learning-assessment/0000000000", "europass-modes", false));
    }

    [Fact]
    public void Check_DeeplyNestedInput_StopsWithoutOverflow()
    {
        var text = string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000));
        using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 6000 });

        ElmConceptLists.Bundled.Check(doc.RootElement).Should().BeEmpty();
    }
}
