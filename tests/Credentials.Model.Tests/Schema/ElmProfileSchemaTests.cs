using System.Text.Json.Nodes;
using Credentials.Model.Schema;

namespace Credentials.Model.Tests.Schema;

public sealed class ElmProfileSchemaTests
{
    private const string SpecPointer = "/credentialSubject/hasClaim/specifiedBy";

    private static SchemaValidator Validator => SchemaValidator.ElmMicroCredential;

    [Fact]
    public void Validate_OfficialUnsignedSample_ReportsTheAnnexOneGapsItLeaves()
    {
        using var sample = TestData.SampleUnsigned();

        var pointers = Validator.Validate(sample.RootElement).Select(e => e.Pointer).ToList();

        pointers.Should().Contain(new[]
        {
            "/issued",
            SpecPointer + "/accreditation",
            "/credentialSubject/hasClaim/awardedBy/awardingDate",
            "/credentialSubject/identifier",
        });
    }

    [Theory]
    [InlineData("0")]
    [InlineData("60")]
    [InlineData("59.5")]
    [InlineData("0.5")]
    [InlineData("-1")]
    [InlineData("5,5")]
    [InlineData("")]
    public void Validate_EctsPointOutOfRange_ReportsAtPoint(string point)
    {
        var document = TestData.Built();
        document["credentialSubject"]!["hasClaim"]!["specifiedBy"]!["creditPoint"]!["point"] = point;

        Validator.Validate(document.ToJsonString()).Should().ContainSingle()
            .Which.Pointer.Should().Be(SpecPointer + "/creditPoint/point");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("59")]
    [InlineData("59.0")]
    [InlineData("7.5")]
    [InlineData("58.99")]
    public void Validate_EctsPointInRange_Passes(string point)
    {
        var document = TestData.Built();
        document["credentialSubject"]!["hasClaim"]!["specifiedBy"]!["creditPoint"]!["point"] = point;

        Validator.Validate(document.ToJsonString()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("http://data.europa.eu/snb/eqf/0")]
    [InlineData("http://data.europa.eu/snb/eqf/9")]
    [InlineData("http://data.europa.eu/snb/eqf/10")]
    [InlineData("https://data.europa.eu/snb/eqf/6")]
    public void Validate_EqfLevelOutsideVocabulary_ReportsAtEqfLevelId(string id)
    {
        var document = TestData.Built();
        document["credentialSubject"]!["hasClaim"]!["specifiedBy"]!["eqfLevel"]!["id"] = id;

        Validator.Validate(document.ToJsonString()).Should().ContainSingle()
            .Which.Pointer.Should().Be(SpecPointer + "/eqfLevel/id");
    }

    [Theory]
    [InlineData("/issuer", "legalName")]
    [InlineData("/issuer", "location")]
    [InlineData("/credentialSubject", "dateOfBirth")]
    [InlineData("/credentialSubject/hasClaim/specifiedBy", "learningOutcome")]
    [InlineData("/credentialSubject/hasClaim/specifiedBy", "mode")]
    [InlineData("/credentialSubject/hasClaim/specifiedBy", "learningSetting")]
    [InlineData("/credentialSubject/hasClaim/provenBy", "grade")]
    [InlineData("", "validFrom")]
    public void Validate_MandatoryMemberRemoved_ReportsItsPointer(string parent, string member)
    {
        var document = TestData.Built();
        Resolve(document, parent).AsObject().Remove(member);

        Validator.Validate(document.ToJsonString()).Should().ContainSingle()
            .Which.Pointer.Should().Be(parent + "/" + member);
    }

    [Fact]
    public void Validate_IssuerWithoutRegistrationOrEidas_Fails()
    {
        var document = TestData.Built();
        document["issuer"]!.AsObject().Remove("registration");
        document["issuer"]!.AsObject().Remove("eIDASIdentifier");

        Validator.Validate(document.ToJsonString()).Should().NotBeEmpty();
    }

    [Fact]
    public void Validate_IssuerWithEidasInsteadOfRegistration_Passes()
    {
        var document = TestData.Built();
        var issuer = document["issuer"]!.AsObject();
        var registration = issuer["registration"]!.DeepClone();
        issuer.Remove("registration");
        issuer["eIDASIdentifier"] = registration;

        Validator.Validate(document.ToJsonString()).Should().BeEmpty();
    }

    [Fact]
    public void Validate_ConceptWithUntypedScheme_ReportsInScheme()
    {
        var document = TestData.Built();
        document["credentialSubject"]!["hasClaim"]!["specifiedBy"]!["learningSetting"]!["inScheme"] = "http://data.europa.eu/snb/learning-setting/25831c2";

        Validator.Validate(document.ToJsonString()).Should().ContainSingle()
            .Which.Pointer.Should().Be(SpecPointer + "/learningSetting/inScheme");
    }

    [Fact]
    public void Validate_SingleObjectsAsArrays_Pass()
    {
        var document = TestData.Built();
        var spec = document["credentialSubject"]!["hasClaim"]!["specifiedBy"]!.AsObject();
        spec["creditPoint"] = new JsonArray(spec["creditPoint"]!.DeepClone());
        spec["accreditation"] = new JsonArray(spec["accreditation"]!.DeepClone());
        document["issuer"]!["location"] = new JsonArray(document["issuer"]!["location"]!.DeepClone());

        Validator.Validate(document.ToJsonString()).Should().BeEmpty();
    }

    [Fact]
    public void Validate_ArrayItemInvalid_PointsIntoTheArray()
    {
        var document = TestData.Built("vastra-like.json");
        document["credentialSubject"]!["hasClaim"]!["awardedBy"]!["awardingBody"]![1]!.AsObject().Remove("legalName");

        Validator.Validate(document.ToJsonString()).Should().ContainSingle()
            .Which.Pointer.Should().Be("/credentialSubject/hasClaim/awardedBy/awardingBody/1/legalName");
    }

    [Theory]
    [InlineData("2026-06-16")]
    [InlineData("2026-06-16T09:30:00")]
    [InlineData("16.6.2026")]
    [InlineData("2026-13-16T09:30:00Z")]
    public void Validate_LooseDateTime_IsRejected(string value)
    {
        var document = TestData.Built();
        document["issued"] = value;

        Validator.Validate(document.ToJsonString()).Should().ContainSingle().Which.Pointer.Should().Be("/issued");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"id\": 1, \"id\": 2}")]
    [InlineData("{} {}")]
    [InlineData("")]
    public void Validate_UnreadableDocument_ReportsOneErrorAtRoot(string json)
    {
        Validator.Validate(json).Should().ContainSingle().Which.Pointer.Should().BeEmpty();
    }

    private static JsonNode Resolve(JsonNode root, string jsonPath)
    {
        var node = root;
        foreach (var token in jsonPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[token]!;
        }

        return node;
    }
}
