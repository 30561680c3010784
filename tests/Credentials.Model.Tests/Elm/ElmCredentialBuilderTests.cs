using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Elm;
using Credentials.Model.Schema;

namespace Credentials.Model.Tests.Elm;

public sealed class ElmCredentialBuilderTests
{
    private const string Ach = "credentialSubject.hasClaim";
    private const string Spec = Ach + ".specifiedBy";
    private const string Asm = Ach + ".provenBy";

    public static TheoryData<string> Inputs => new(TestData.InputNames);

    /// <summary>Every Annex I mandatory element at its design §2 path, with the value the aalto-like input gives.</summary>
    public static TheoryData<string, string> AnnexOnePaths => new()
    {
        { "credentialSubject.id", "did:key:z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw" },
        { "credentialSubject.givenName.fi", "Siiri" },
        { "credentialSubject.familyName.fi", "Äijälä" },
        { "credentialSubject.fullName.fi", "Siiri Äijälä" },
        { "credentialSubject.dateOfBirth", "2001-02-28T00:00:00Z" },
        { "credentialSubject.identifier.notation", "900123" },
        { "credentialSubject.identifier.schemeName", "Pohjoisen yliopisto student number" },
        { "credentialSubject.contactPoint.emailAddress.id", "mailto:siiri.aijala@opiskelija.example" },
        { Ach + ".title.en", "Foundations of Machine Learning" },
        { Spec + ".title.sv", "Grunderna i maskininlärning" },
        { "displayParameter.title.fi", "Koneoppimisen perusteet" },
        { "issuer.id", "did:web:credentials.pohjoisen-yliopisto.example" },
        { "issuer.legalName.en", "Northern University of Technology" },
        { "issuer.location.address.countryCode.id", "http://publications.europa.eu/resource/authority/country/FIN" },
        { "issuer.location.spatialCode.id", "http://data.europa.eu/nuts/code/FI1D9" },
        { "issuer.registration.notation", "1234567-1" },
        { "issuer.registration.schemeName", "FI:business-id" },
        { Ach + ".awardedBy.awardingBody.id", "did:web:credentials.pohjoisen-yliopisto.example" },
        { Ach + ".awardedBy.awardingBody.legalName.fi", "Pohjoisen yliopisto" },
        { Ach + ".awardedBy.awardingDate", "2026-06-15T00:00:00Z" },
        { "issued", "2026-06-16T09:30:00Z" },
        { "issuanceDate", "2026-06-16T09:30:00Z" },
        { "validFrom", "2026-06-16T09:30:00Z" },
        { Spec + ".learningOutcome.0.title.en", "Can choose and evaluate classification models." },
        { Spec + ".learningOutcome.0.relatedESCOSkill.id", "http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a" },
        { Spec + ".learningOutcomeSummary.noteLiteral.en", "The learner can apply the core methods of machine learning." },
        { Spec + ".creditPoint.framework.id", "http://data.europa.eu/snb/education-credit/6fcec5c5af" },
        { Spec + ".creditPoint.point", "5" },
        { Spec + ".volumeOfLearning", "PT135H" },
        { Spec + ".type", "Qualification" },
        { Spec + ".eqfLevel.id", "http://data.europa.eu/snb/eqf/6" },
        { Asm + ".specifiedBy.dcType.id", "http://data.europa.eu/snb/assessment/6e6cb2cc78" },
        { Asm + ".grade.noteLiteral.fi", "5 (erinomainen)" },
        { Asm + ".idVerification.id", "http://data.europa.eu/snb/supervision-verification/c598449d64" },
        { Spec + ".mode.id", "http://data.europa.eu/snb/learning-assessment/920fbb3cbe" },
        { Spec + ".learningSetting.id", "http://data.europa.eu/snb/learning-setting/e207a81fc7" },
        { Spec + ".accreditation.dcType.id", "http://data.europa.eu/snb/accreditation/bb4618238e" },
        { Spec + ".accreditation.accreditingAgent.legalName.en", "Nordic Quality Review Agency (fictional)" },
        { Spec + ".accreditation.title.en", "Audited quality system" },
        { Spec + ".entryRequirement.noteLiteral.en", "Upper secondary school mathematics." },
        { Spec + ".isPartOf.0.id", "https://www.pohjoisen-yliopisto.example/tutkinnot/datatiede" },
        { Spec + ".additionalNote.noteLiteral.en", "Can be included in the MSc in Data Science." },
        { Ach + ".additionalNote.noteLiteral.en", "The course is delivered online." },
        { Spec + ".homepage.contentURL", "https://www.pohjoisen-yliopisto.example/kurssit/ml-perusteet" },
        { "credentialProfiles.id", "http://data.europa.eu/snb/credential/e34929035b" },
        { "credentialSchema.id", "http://data.europa.eu/snb/model/ap/edc-generic-full" },
        { "displayParameter.primaryLanguage.id", "http://publications.europa.eu/resource/authority/language/FIN" },
    };

    [Theory]
    [MemberData(nameof(AnnexOnePaths))]
    public void Build_AaltoLike_CarriesAnnexOneElementAtDesignPath(string path, string expected)
    {
        var document = TestData.Built();

        At(document, path).Should().Be(expected);
    }

    [Fact]
    public void Build_Always_HasContextTypesAndNoStatus()
    {
        var document = TestData.Built();

        document["@context"]!.ToJsonString().Should().Be("[\"https://www.w3.org/2018/credentials/v1\",\"http://data.europa.eu/snb/model/context/edc-ap\"]");
        document["type"]!.ToJsonString().Should().Be("[\"VerifiableCredential\",\"EuropeanDigitalCredential\"]");
        document.ContainsKey("credentialStatus").Should().BeFalse();
        document["credentialSubject"]!["hasClaim"]!["specifiedBy"]!["isPartialQualification"]!.GetValue<bool>().Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Build_EveryConcept_HasTypedInScheme(string name)
    {
        var document = TestData.Built(name);
        var concepts = new List<JsonObject>();
        Walk(document, concepts);

        concepts.Should().HaveCountGreaterThan(10);
        concepts.Should().OnlyContain(c =>
            c["inScheme"] is JsonObject && c["inScheme"]!["type"]!.GetValue<string>() == "ConceptScheme"
            && c["inScheme"]!["id"]!.GetValue<string>().Length > 0 && c["id"]!.GetValue<string>().Length > 0);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Build_SampleInput_ValidatesAgainstProfileSchema(string name)
    {
        var document = TestData.Built(name);

        SchemaValidator.ElmMicroCredential.Validate(document.ToJsonString()).Should().BeEmpty();
    }

    [Fact]
    public void Build_DefaultAwardingBody_IsTheIssuerNodeWithTheSameInnerIds()
    {
        var document = TestData.Built();

        var body = document["credentialSubject"]!["hasClaim"]!["awardedBy"]!["awardingBody"]!;

        JsonNode.DeepEquals(body, document["issuer"]).Should().BeTrue();
    }

    [Fact]
    public void Build_InnerNodeIds_AreUniquePerNode()
    {
        var document = TestData.Built("vastra-like.json");
        var ids = new List<string>();
        CollectIds(document["credentialSubject"], ids);

        ids.Where(id => id.StartsWith("urn:epass:", StringComparison.Ordinal)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Build_SameInputTwice_GivesIdenticalJson()
    {
        var first = TestData.Built("vastra-like.json").ToJsonString();
        var second = TestData.Built("vastra-like.json").ToJsonString();

        second.Should().Be(first);
    }

    [Fact]
    public void Build_LearnerWithoutDid_DerivesSubjectIdFromCredentialIdOnly()
    {
        var credential = TestData.Credential("vastra-like.json");
        var other = credential with { Learner = credential.Learner with { GivenName = "Someone", FamilyName = "Else" } };

        var id = ElmCredentialBuilder.Build(credential, TestData.Options)["credentialSubject"]!["id"]!.GetValue<string>();
        var otherId = ElmCredentialBuilder.Build(other, TestData.Options)["credentialSubject"]!["id"]!.GetValue<string>();
        var anotherCredential = ElmCredentialBuilder.Build(credential, TestData.Options with { CredentialId = "urn:uuid:other" })["credentialSubject"]!["id"]!.GetValue<string>();

        id.Should().MatchRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        otherId.Should().Be(id);
        anotherCredential.Should().NotBe(id);
    }

    [Fact]
    public void Build_SeveralAwardingBodiesAndModes_WritesArrays()
    {
        var document = TestData.Built("vastra-like.json");
        var achievement = document["credentialSubject"]!["hasClaim"]!;

        achievement["awardedBy"]!["awardingBody"]!.AsArray().Select(b => b!["legalName"]!["en"]!.GetValue<string>())
            .Should().Equal("Western University College", "Northern University of Technology");
        achievement["specifiedBy"]!["mode"]!.AsArray().Should().HaveCount(2);
        achievement["specifiedBy"]!["creditPoint"]!["point"]!.GetValue<string>().Should().Be("7.5");
        document["expirationDate"]!.GetValue<string>().Should().Be("2031-12-31T23:59:59Z");
        document["credentialSubject"]!["nationalID"]!["spatial"]!["id"]!.GetValue<string>()
            .Should().Be("http://publications.europa.eu/resource/authority/country/SWE");
        achievement["awardedBy"]!["awardingDate"]!.GetValue<string>().Should().Be("2026-01-20T09:00:00Z");
    }

    [Fact]
    public void Build_OptionsExpiration_OverridesTemplate()
    {
        var until = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var document = ElmCredentialBuilder.Build(TestData.Credential("vastra-like.json"), TestData.Options with { ExpirationDate = until });

        document["expirationDate"]!.GetValue<string>().Should().Be("2030-01-01T00:00:00Z");
    }

    [Fact]
    public void Build_UnvalidatedModelWithOddLanguage_DoesNotThrow()
    {
        var credential = TestData.Credential();
        credential = credential with { Template = credential.Template with { PrimaryLanguage = "not a tag" } };

        var document = ElmCredentialBuilder.Build(credential, TestData.Options);

        document["credentialSubject"]!["givenName"]!["en"]!.GetValue<string>().Should().Be("Siiri");
    }

    [Fact]
    public void Build_EmptyModel_DoesNotThrow()
    {
        var empty = new Model.MicroCredentials.MicroCredential(new(), new(), new());

        var document = ElmCredentialBuilder.Build(empty, TestData.Options);

        SchemaValidator.ElmMicroCredential.Validate(document.ToJsonString()).Should().NotBeEmpty();
    }

    [Fact]
    public void Build_EmptyIssuerId_Throws()
    {
        var act = () => ElmCredentialBuilder.Build(TestData.Credential(), TestData.Options with { IssuerId = " " });

        act.Should().Throw<ArgumentException>();
    }

    internal static string? At(JsonNode node, string path)
    {
        JsonNode? current = node;
        foreach (var token in path.Split('.'))
        {
            current = int.TryParse(token, out var index) ? current?.AsArray()[index] : current?[token];
        }

        return current?.GetValueKind() == JsonValueKind.String ? current.GetValue<string>() : current?.ToJsonString();
    }

    private static void CollectIds(JsonNode? node, List<string> ids)
    {
        if (node is JsonObject obj)
        {
            // A bare {"id"} is a reference to a node described elsewhere, not another node.
            if (obj["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String && obj.Count > 1)
            {
                ids.Add(id.GetValue<string>());
            }

            foreach (var (_, value) in obj)
            {
                CollectIds(value, ids);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                CollectIds(item, ids);
            }
        }
    }

    private static void Walk(JsonNode? node, List<JsonObject> concepts)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() == "Concept")
                {
                    concepts.Add(obj);
                }

                foreach (var (_, value) in obj)
                {
                    Walk(value, concepts);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, concepts);
                }

                break;
        }
    }
}
