using System.Text.Json.Nodes;
using Credentials.Shacl.Elm;

namespace Credentials.Shacl.Tests.Elm;

public sealed class ElmShaclValidatorTests
{
    private const string Elm = "http://data.europa.eu/snb/model/elm/";
    private const string Cred = "https://www.w3.org/2018/credentials#";

    [Fact]
    public void Validate_SignedSamplePayload_Conforms()
    {
        var outcome = ElmShaclValidator.Validate(ElmSamples.ToElement(ElmSamples.SignedPayload()));

        outcome.SchemaIds.Should().Equal("http://data.europa.eu/snb/model/ap/edc-generic-full");
        outcome.UnknownSchemaIds.Should().BeEmpty();
        outcome.Report.Should().NotBeNull();
        outcome.Report!.Results.Select(r => r.Message).Should().BeEmpty();
        outcome.Report.Conforms.Should().BeTrue();
    }

    [Fact]
    public void Validate_UnsignedSample_ReportsMissingIssuedAndIssuerEidasIdentifier()
    {
        var outcome = ElmShaclValidator.Validate(ElmSamples.ToElement(ElmSamples.Unsigned()));

        var results = outcome.Report!.Results;
        outcome.Report.Conforms.Should().BeFalse();
        results.Should().HaveCount(2);
        results.Should().ContainSingle(r => r.Path == "<" + Cred + "issued>" && r.ComponentName == "MinCountConstraintComponent");
        var issuer = results.Should().ContainSingle(r => r.Path == "<" + Cred + "issuer>").Which;
        issuer.ComponentName.Should().Be("NodeConstraintComponent");
        issuer.Value!.Value.Should().Be("urn:epass:org:1");
        issuer.Details.Should().ContainSingle(d => d.Path == "<" + Elm + "eidasLegalIdentifier>" && d.ComponentName == "MinCountConstraintComponent");
        issuer.Message.Should().Contain("eidasLegalIdentifier");
    }

    [Theory]
    [InlineData("/issuer/legalName", "http://www.w3.org/ns/regorg#legalName", "urn:epass:org:1f0de2587-9348-4fa9-b4d7-a77e34a9ac8a")]
    [InlineData("/credentialSubject/hasClaim/title", "http://purl.org/dc/terms/title", null)]
    [InlineData("/validFrom", Cred + "validFrom", null)]
    [InlineData("/credentialSubject/hasClaim/specifiedBy/creditPoint/framework", Elm + "framework", "urn:epass:creditPoint:1")]
    [InlineData("/credentialSubject/hasClaim/provenBy/grade", Elm + "grade", null)]
    public void Validate_SignedPayloadWithoutMandatoryElement_ReportsMinCountOnItsPath(string pointer, string path, string? focus)
    {
        var credential = ElmSamples.SignedPayload();
        Remove(credential, pointer);

        var outcome = ElmShaclValidator.Validate(ElmSamples.ToElement(credential));

        outcome.Report!.Conforms.Should().BeFalse();
        var result = outcome.Report.Results.Should().ContainSingle(r => r.Path == "<" + path + ">").Which;
        result.ComponentName.Should().Be("MinCountConstraintComponent");
        if (focus is not null)
        {
            result.FocusNode.Value.Should().Be(focus);
        }
    }

    [Fact]
    public void Validate_UnknownSchemaIdWithoutProfile_HasNoReport()
    {
        var credential = ElmSamples.SignedPayload();
        credential.Remove("credentialProfiles");
        credential["credentialSchema"] = new JsonObject { ["id"] = "http://example.org/other-shapes", ["type"] = "ShaclValidator2017" };

        var outcome = ElmShaclValidator.Validate(ElmSamples.ToElement(credential));

        outcome.Report.Should().BeNull();
        outcome.UnknownSchemaIds.Should().Equal("http://example.org/other-shapes");
    }

    [Fact]
    public void Validate_UnknownSchemaIdWithGenericProfile_GenericShapesApply()
    {
        var credential = ElmSamples.SignedPayload();
        credential["credentialSchema"] = new JsonObject { ["id"] = "http://example.org/other-shapes", ["type"] = "ShaclValidator2017" };

        var outcome = ElmShaclValidator.Validate(ElmSamples.ToElement(credential));

        outcome.UnknownSchemaIds.Should().Equal("http://example.org/other-shapes");
        outcome.SchemaIds.Should().Contain(ElmProfiles.GenericFull);
        outcome.Report!.Conforms.Should().BeTrue();
    }

    [Theory]
    [InlineData("http://data.europa.eu/snb/credential/c_ae121a00", "http://data.europa.eu/snb/model/ap/edc-accredited")]
    [InlineData("http://data.europa.eu/snb/credential/c_9a31f32a", "http://data.europa.eu/snb/model/ap/edc-issued-by-mandate")]
    [InlineData("http://data.europa.eu/snb/credential/c_7e400154", "http://data.europa.eu/snb/model/ap/edc-converted")]
    [InlineData("http://data.europa.eu/snb/credential/6dff8a0f87", "http://data.europa.eu/snb/model/ap/edc-diploma-supplement")]
    public void ShapeIds_CredentialProfile_AddsItsApplicationProfileShapes(string profile, string shapes)
    {
        var credential = ElmSamples.SignedPayload();
        credential["credentialProfiles"]!["id"] = profile;

        var ids = ElmProfiles.ShapeIds(ElmSamples.ToElement(credential));

        ids.Should().Equal("http://data.europa.eu/snb/model/ap/edc-generic-full", shapes);
        ElmShapeLibrary.Bundled.TryGet(shapes, out _).Should().BeTrue();
    }

    [Fact]
    public void Validate_SchemaList_UsesKnownAndListsUnknown()
    {
        var credential = ElmSamples.SignedPayload();
        credential["credentialSchema"] = new JsonArray(
            new JsonObject { ["id"] = "http://example.org/other-shapes", ["type"] = "ShaclValidator2017" },
            new JsonObject { ["id"] = "http://data.europa.eu/snb/model/ap/edc-generic-full", ["type"] = "ShaclValidator2017" });

        var outcome = ElmShaclValidator.Validate(ElmSamples.ToElement(credential));

        outcome.UnknownSchemaIds.Should().Equal("http://example.org/other-shapes");
        outcome.Report!.Conforms.Should().BeTrue();
    }

    [Fact]
    public void Validate_EuropassCredentialNamingNoShapes_GenericShapesApply()
    {
        var credential = ElmSamples.SignedPayload();
        credential.Remove("credentialSchema");
        credential.Remove("credentialProfiles");

        var outcome = ElmShaclValidator.Validate(ElmSamples.ToElement(credential));

        outcome.SchemaIds.Should().Equal(ElmProfiles.GenericFull);
        outcome.Report.Should().NotBeNull();
    }

    [Fact]
    public void Validate_NonEuropassCredentialWithoutSchema_HasNoReport()
    {
        var credential = ElmSamples.SignedPayload();
        credential.Remove("credentialSchema");
        credential.Remove("credentialProfiles");
        credential["type"] = new JsonArray("VerifiableCredential");

        var outcome = ElmShaclValidator.Validate(ElmSamples.ToElement(credential));

        outcome.SchemaIds.Should().BeEmpty();
        outcome.Report.Should().BeNull();
    }

    [Fact]
    public void Validate_BadJsonLd_ReportsRdfError()
    {
        var credential = ElmSamples.SignedPayload();
        credential["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1", "http://example.org/not-bundled");

        var outcome = ElmShaclValidator.Validate(ElmSamples.ToElement(credential));

        outcome.Report.Should().BeNull();
        outcome.RdfError.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Library_EveryBundledShapeFile_Compiles()
    {
        var library = ElmShapeLibrary.Bundled;

        library.SchemaIds.Should().HaveCount(6);
        foreach (var id in library.SchemaIds)
        {
            library.TryGet(id, out var shapes).Should().BeTrue();
            shapes!.Count.Should().BeGreaterThan(10);
        }
    }

    [Fact]
    public void Library_GenericFull_ImportsNoCv()
    {
        ElmShapeLibrary.Bundled.TryGet("http://data.europa.eu/snb/model/ap/edc-generic-full", out var full);
        ElmShapeLibrary.Bundled.TryGet("http://data.europa.eu/snb/model/ap/edc-generic-no-cv", out var noCv);

        full!.Count.Should().BeGreaterThan(noCv!.Count);
    }

    private static void Remove(JsonObject root, string pointer)
    {
        var parts = pointer.Trim('/').Split('/');
        JsonNode node = root;
        foreach (var part in parts[..^1])
        {
            node = node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        }

        node.AsObject().Remove(parts[^1]).Should().BeTrue();
    }
}
