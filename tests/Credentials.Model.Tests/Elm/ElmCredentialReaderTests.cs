using System.Text.Json;
using Credentials.Model.Elm;
using Credentials.Model.Validation;

namespace Credentials.Model.Tests.Elm;

public sealed class ElmCredentialReaderTests
{
    [Fact]
    public void Read_OfficialUnsignedSample_MapsAnnexOneElements()
    {
        using var sample = TestData.SampleUnsigned();

        var credential = ElmCredentialReader.Read(sample.RootElement);

        var t = credential.Template;
        t.Title!["en"].Should().Be("Digital micro-credential creation");
        t.Issuer!.LegalName!["en"].Should().Be("University of Zed");
        t.Issuer.CountryCode.Should().Be("IRL");
        t.Issuer.Region!.Id.Should().Be("http://publications.europa.eu/resource/authority/atu/IRL_CTH_DUB");
        t.Issuer.Registration!.Notation.Should().Be("0000");
        t.Issuer.VatIdentifier.Should().Be("654321");
        t.Issuer.Address!["en"].Should().Be("Instant Street 16, D08 Dublin");
        t.AwardingBodies.Should().BeEmpty("the only awarding body is the issuer");
        t.EctsCredits.Should().Be(2m);
        t.NotionalHours.Should().Be(60m);
        t.EqfLevel.Should().Be(6);
        t.NqfLevel!.PrefLabel["en"].Should().Be("RQF Level 6");
        t.LearningOutcomes.Should().HaveCount(2);
        t.LearningOutcomes[0].EscoSkills.Should().HaveCount(3);
        t.LearningOutcomes[1].EscoSkills.Should().ContainSingle().Which.PrefLabel["en"].Should().Be("develop digital content");
        t.LearningOutcomes[1].Title!["es"].Should().Be("Contento digital");
        t.Modes.Should().ContainSingle().Which.PrefLabel["en"].Should().Be("Blended");
        t.LearningSetting!.Id.Should().Be("http://data.europa.eu/snb/learning-setting/e207a81fc7");
        t.AssessmentType!.PrefLabel["en"].Should().Be("artefact assessment");
        t.IdVerification!.PrefLabel["en"].Should().Be("Unsupervised without ID Verification");
        t.Prerequisites!["en"].Should().StartWith("The learner needs to have an EDC Online Credential Builder account");
        t.Stackability!.IsPartialQualification.Should().BeFalse();
        t.QualityAssurance.Should().BeNull("the official sample leaves quality assurance empty");
        t.ValidFrom.Should().Be(new DateTimeOffset(2022, 12, 31, 23, 0, 0, TimeSpan.Zero));

        var learner = credential.Learner;
        learner.GivenName.Should().Be("Ana");
        learner.FamilyName.Should().Be("Andromeda");
        learner.FullName.Should().Be("Ana Andromeda");
        learner.DateOfBirth.Should().Be(new DateOnly(1999, 10, 1));
        learner.Email.Should().Be("ana.andromeda@email.com");
        learner.NationalId.Should().Be("LA-234218");
        learner.NationalIdCountry.Should().Be("ITA");
        learner.Did.Should().BeNull();
        credential.Award.Grade!["en"].Should().Be("Pass");
        credential.Award.AwardDate.Should().BeNull("the official sample leaves the award date empty");
    }

    [Fact]
    public void Read_OfficialSample_IsReportedIncompleteByValidator()
    {
        using var sample = TestData.SampleUnsigned();

        var problems = MicroCredentialValidator.Validate(ElmCredentialReader.Read(sample.RootElement));

        problems.Select(p => p.Pointer).Should().Contain(new[]
        {
            "/template/qualityAssurance", "/award/awardDate", "/learner/studentNumber", "/template/assessment/type",
        });
    }

    [Fact]
    public void Read_SignedSamplePayload_MapsEidasIdentifierAndIssued()
    {
        using var payload = TestData.SampleSignedPayload();

        var credential = ElmCredentialReader.Read(payload.RootElement);

        credential.Template.Issuer!.EidasIdentifier.Should().Be("VATES-A00000000");
        credential.Template.Title!["en"].Should().Be("Digital micro-credential creation");
        credential.Template.ValidFrom.Should().Be(new DateTimeOffset(2022, 12, 31, 23, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Read_ArraysInsteadOfSingleValues_MapsTheSame()
    {
        using var sample = TestData.SampleUnsigned();
        var arrayed = JsonDocument.Parse(Arrayify(sample.RootElement)).RootElement;

        var single = ElmCredentialReader.Read(sample.RootElement);
        var multi = ElmCredentialReader.Read(arrayed);

        multi.Template.Title.Should().Equal(single.Template.Title!);
        multi.Template.EctsCredits.Should().Be(2m);
        multi.Template.EqfLevel.Should().Be(6);
        multi.Template.Issuer!.CountryCode.Should().Be("IRL");
        multi.Learner.Email.Should().Be("ana.andromeda@email.com");
        multi.Learner.NationalIdCountry.Should().Be("ITA");
        multi.Award.Grade.Should().Equal(single.Award.Grade!);
        multi.Template.LearningOutcomes.Should().HaveCount(2);
    }

    [Fact]
    public void Read_VcJwtPayload_ReadsTheVcClaim()
    {
        var built = TestData.Built();
        var payload = new System.Text.Json.Nodes.JsonObject { ["iss"] = "did:web:x", ["vc"] = built };
        using var document = JsonDocument.Parse(payload.ToJsonString());

        var credential = ElmCredentialReader.Read(document.RootElement);

        credential.Learner.FamilyName.Should().Be("Äijälä");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("{\"credentialSubject\": 5, \"issuer\": []}")]
    [InlineData("{\"credentialSubject\": {\"hasClaim\": [null, 1, \"x\"], \"dateOfBirth\": \"yesterday\", \"givenName\": 7}}")]
    [InlineData("{\"credentialSubject\": {\"hasClaim\": {\"specifiedBy\": {\"creditPoint\": {\"point\": \"1e999999\", \"framework\": \"http://data.europa.eu/snb/education-credit/6fcec5c5af\"}, \"eqfLevel\": {\"id\": \"http://data.europa.eu/snb/eqf/99999999999\"}, \"volumeOfLearning\": \"PT99999999999999999999999999999999H\"}}}}")]
    [InlineData("{\"issuer\": {\"legalName\": {\"not a tag!\": \"x\"}, \"location\": {\"address\": {\"countryCode\": {\"id\": 5}}}}}")]
    public void Read_OddInput_DoesNotThrow(string json)
    {
        using var document = JsonDocument.Parse(json);

        var credential = ElmCredentialReader.Read(document.RootElement);

        credential.Should().NotBeNull();
        credential.Template.EqfLevel.Should().BeNull();
    }

    [Fact]
    public void Read_InvalidUtf8InStrings_DoesNotThrow()
    {
        byte[] bytes = [.. "{\"credentialSubject\": {\"givenName\": {\"en\": \""u8, 0xC3, 0x28, .. "\"}, \"familyName\": \""u8, 0xFF, .. "\", \"id\": \""u8, 0xC3, .. "\", \"dateOfBirth\": \"1999-10-01T00:00:00Z\"}}"u8];
        using var document = JsonDocument.Parse(bytes);

        var credential = ElmCredentialReader.Read(document.RootElement);

        credential.Learner.GivenName.Should().BeNull();
        credential.Learner.FamilyName.Should().BeNull();
        credential.Learner.DateOfBirth.Should().Be(new DateOnly(1999, 10, 1), "one bad string does not blank the rest");
        Model.Schema.SchemaValidator.ElmMicroCredential.Validate(document.RootElement).Should().ContainSingle()
            .Which.Pointer.Should().BeEmpty();
    }

    [Fact]
    public void Read_ConceptAsBareIdString_ReadsTheId()
    {
        using var document = JsonDocument.Parse(
            "{\"credentialSubject\": {\"hasClaim\": {\"specifiedBy\": {\"eqfLevel\": \"http://data.europa.eu/snb/eqf/4\", \"mode\": [\"http://data.europa.eu/snb/learning-assessment/920fbb3cbe\"]}}}}");

        var template = ElmCredentialReader.Read(document.RootElement).Template;

        template.EqfLevel.Should().Be(4);
        template.Modes.Should().ContainSingle().Which.Id.Should().EndWith("920fbb3cbe");
    }

    /// <summary>Wraps every object-valued property (except inScheme and language maps) in a one-element array.</summary>
    private static string Arrayify(JsonElement element)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(element.GetRawText())!;
        Wrap(node);
        return node.ToJsonString();

        static void Wrap(System.Text.Json.Nodes.JsonNode? n)
        {
            if (n is System.Text.Json.Nodes.JsonObject obj)
            {
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    var value = obj[key];
                    Wrap(value);
                    if (value is System.Text.Json.Nodes.JsonObject child && child.ContainsKey("type") && key != "inScheme")
                    {
                        obj[key] = new System.Text.Json.Nodes.JsonArray(child.DeepClone());
                    }
                }
            }
            else if (n is System.Text.Json.Nodes.JsonArray array)
            {
                foreach (var item in array)
                {
                    Wrap(item);
                }
            }
        }
    }
}
