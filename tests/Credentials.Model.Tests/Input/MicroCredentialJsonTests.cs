using System.Text;
using System.Text.Json.Nodes;
using Credentials.Model.Input;

namespace Credentials.Model.Tests.Input;

public sealed class MicroCredentialJsonTests
{
    public static TheoryData<string> Inputs => new(TestData.InputNames);

    public static TheoryData<string> MandatoryPointers => new(
        "/template/title",
        "/template/issuer",
        "/template/issuer/legalName",
        "/template/issuer/country",
        "/template/issuer/registration",
        "/template/learningOutcomes",
        "/template/ects",
        "/template/eqfLevel",
        "/template/assessment/type",
        "/template/participation/modes",
        "/template/participation/learningSetting",
        "/template/qualityAssurance",
        "/template/qualityAssurance/type",
        "/template/qualityAssurance/agency",
        "/template/qualityAssurance/agency/legalName",
        "/learner/givenName",
        "/learner/familyName",
        "/learner/dateOfBirth",
        "/learner/studentNumber",
        "/learner/studentNumberScheme",
        "/award/grade",
        "/award/awardDate",
        "/template",
        "/learner",
        "/award");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parse_SampleInput_IsValid(string name)
    {
        var result = MicroCredentialJson.Parse(TestData.InputBytes(name));

        result.Problems.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        result.Value!.Template.Title!.Best("en").Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Parse_AaltoLike_MapsCodesToConcepts()
    {
        var credential = TestData.Credential();

        credential.Learner.FamilyName.Should().Be("Äijälä");
        credential.Learner.DateOfBirth.Should().Be(new DateOnly(2001, 2, 28));
        credential.Template.EctsCredits.Should().Be(5m);
        credential.Template.EqfLevel.Should().Be(6);
        credential.Template.Modes.Should().ContainSingle().Which.Id.Should().Be("http://data.europa.eu/snb/learning-assessment/920fbb3cbe");
        credential.Template.LearningSetting!.Id.Should().Be("http://data.europa.eu/snb/learning-setting/e207a81fc7");
        credential.Template.AssessmentType!.Id.Should().Be("http://data.europa.eu/snb/assessment/6e6cb2cc78");
        credential.Template.QualityAssurance!.Type!.Id.Should().Be("http://data.europa.eu/snb/accreditation/bb4618238e");
        credential.Template.Issuer!.CountryCode.Should().Be("FIN");
        credential.Template.Issuer.Registration.Should().Be(new Model.MicroCredentials.LegalIdentifier("1234567-1", "FI:business-id"));
        credential.Award.AwardDate.Should().Be(new DateTimeOffset(2026, 6, 15, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [MemberData(nameof(MandatoryPointers))]
    public void Parse_MandatoryElementMissing_ReportsRequiredAtItsPointer(string jsonPath)
    {
        var input = TestData.Without(TestData.InputJson("aalto-like.json"), jsonPath);

        var result = MicroCredentialJson.Parse(TestData.Utf8(input));

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Problems.Should().ContainSingle(p => p.Pointer == jsonPath)
            .Which.Code.Should().Be(ProblemCodes.Required);
    }

    [Fact]
    public void Parse_EmptyLearningOutcomes_ReportsRequired()
    {
        var input = TestData.With(TestData.InputJson("aalto-like.json"), "/template/learningOutcomes", new JsonArray());

        var result = MicroCredentialJson.Parse(TestData.Utf8(input));

        result.Problems.Should().ContainSingle().Which.Should().Be(
            result.Problems[0] with { Pointer = "/template/learningOutcomes", Code = ProblemCodes.Required });
    }

    [Theory]
    [InlineData("0")]
    [InlineData("60")]
    [InlineData("-1")]
    [InlineData("0.5")]
    [InlineData("59.01")]
    [InlineData("1e300")]
    public void Parse_EctsOutOfRange_ReportsOutOfRange(string ects)
    {
        var input = TestData.With(TestData.InputJson("aalto-like.json"), "/template/ects", JsonNode.Parse(ects));

        var result = MicroCredentialJson.Parse(TestData.Utf8(input));

        result.Problems.Should().ContainSingle().Which.Should().Match<ModelProblem>(p =>
            p.Pointer == "/template/ects" && p.Code == ProblemCodes.OutOfRange);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("59")]
    [InlineData("2.5")]
    [InlineData("58.75")]
    public void Parse_EctsInRange_IsValid(string ects)
    {
        var input = TestData.With(TestData.InputJson("aalto-like.json"), "/template/ects", JsonNode.Parse(ects));

        MicroCredentialJson.Parse(TestData.Utf8(input)).Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("0", ProblemCodes.OutOfRange)]
    [InlineData("9", ProblemCodes.OutOfRange)]
    [InlineData("-3", ProblemCodes.OutOfRange)]
    [InlineData("6.5", ProblemCodes.InvalidType)]
    [InlineData("\"6\"", ProblemCodes.InvalidType)]
    public void Parse_BadEqfLevel_ReportsProblemAtEqfLevel(string eqf, string code)
    {
        var input = TestData.With(TestData.InputJson("aalto-like.json"), "/template/eqfLevel", JsonNode.Parse(eqf));

        var result = MicroCredentialJson.Parse(TestData.Utf8(input));

        result.Problems.Should().ContainSingle().Which.Should().Match<ModelProblem>(p =>
            p.Pointer == "/template/eqfLevel" && p.Code == code);
    }

    [Fact]
    public void Parse_ManyProblems_ReportsAllAtOnce()
    {
        var input = TestData.InputJson("aalto-like.json");
        input = TestData.Without(input, "/template/title");
        input = TestData.With(input, "/template/ects", 60);
        input = TestData.With(input, "/template/eqfLevel", 9);
        input = TestData.With(input, "/template/participation/modes", new JsonArray("online", "telepathy"));
        input = TestData.With(input, "/template/issuer/country", "XXX");
        input = TestData.With(input, "/learner/email", "not-an-email");
        input = TestData.With(input, "/learner/dateOfBirth", "28.2.2001");
        input = TestData.With(input, "/award/colour", "blue");
        input = TestData.Without(input, "/award/awardDate");

        var result = MicroCredentialJson.Parse(TestData.Utf8(input));

        result.Problems.Select(p => (p.Pointer, p.Code)).Should().BeEquivalentTo(new[]
        {
            ("/template/title", ProblemCodes.Required),
            ("/template/ects", ProblemCodes.OutOfRange),
            ("/template/eqfLevel", ProblemCodes.OutOfRange),
            ("/template/participation/modes/1", ProblemCodes.InvalidConcept),
            ("/template/issuer/country", ProblemCodes.InvalidConcept),
            ("/learner/email", ProblemCodes.InvalidFormat),
            ("/learner/dateOfBirth", ProblemCodes.InvalidFormat),
            ("/award/colour", ProblemCodes.UnknownMember),
            ("/award/awardDate", ProblemCodes.Required),
        });
    }

    [Theory]
    [InlineData("{\"template\": {", ProblemCodes.MalformedJson)]
    [InlineData("{\"template\": {}, }", ProblemCodes.MalformedJson)]
    [InlineData("", ProblemCodes.MalformedJson)]
    [InlineData("{} {}", ProblemCodes.MalformedJson)]
    [InlineData("{\"a\": 1 /* comment */}", ProblemCodes.MalformedJson)]
    [InlineData("{'template': {}}", ProblemCodes.MalformedJson)]
    [InlineData("{\"template\": {\"title\": {\"en\": \"a\", \"en\": \"b\"}}}", ProblemCodes.DuplicateMember)]
    public void Parse_MalformedOrDuplicate_ReportsOneDocumentProblem(string json, string code)
    {
        var result = MicroCredentialJson.Parse(Encoding.UTF8.GetBytes(json));

        result.Value.Should().BeNull();
        result.Problems.Should().ContainSingle().Which.Code.Should().Be(code);
    }

    [Fact]
    public void Parse_DuplicateMember_PointsAtTheDuplicate()
    {
        var json = "{\"template\": {\"ects\": 5, \"ects\": 50}, \"learner\": {}, \"award\": {}}";

        var result = MicroCredentialJson.Parse(Encoding.UTF8.GetBytes(json));

        result.Problems.Should().ContainSingle().Which.Should().Be(
            new ModelProblem("/template/ects", ProblemCodes.DuplicateMember, result.Problems[0].Message));
    }

    [Fact]
    public void Parse_Utf8ByteOrderMark_IsIgnored()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. TestData.InputBytes("vastra-like.json")];

        MicroCredentialJson.Parse(bytes).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Parse_InvalidUtf8_ReportsMalformed()
    {
        byte[] bytes = [.. "{\"template\": {\"title\": {\"en\": \""u8, 0xC3, 0x28, .. "\"}}}"u8];

        MicroCredentialJson.Parse(bytes).Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.MalformedJson);
    }

    [Fact]
    public void Parse_TruncatedSample_ReportsMalformed()
    {
        var bytes = TestData.InputBytes("aalto-like.json");

        var result = MicroCredentialJson.Parse(bytes.AsSpan(0, bytes.Length / 2));

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.MalformedJson);
        result.Problems[0].Message.Should().Contain("line");
    }

    [Fact]
    public void Parse_Oversized_ReportsTooLargeWithoutParsing()
    {
        var bytes = new byte[MicroCredentialJson.MaxInputBytes + 1];
        bytes.AsSpan().Fill((byte)'[');

        var result = MicroCredentialJson.Parse(bytes);

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.TooLarge);
    }

    [Fact]
    public void Parse_DeepNesting_ReportsMalformedInsteadOfOverflowing()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var result = MicroCredentialJson.Parse(Encoding.UTF8.GetBytes(json));

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.MalformedJson);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"template\"")]
    [InlineData("42")]
    public void Parse_RootNotObject_ReportsInvalidType(string json)
    {
        var result = MicroCredentialJson.Parse(Encoding.UTF8.GetBytes(json));

        result.Problems.Should().ContainSingle().Which.Should().Match<ModelProblem>(p =>
            p.Pointer == string.Empty && p.Code == ProblemCodes.InvalidType);
    }

    [Fact]
    public void Parse_HostileValues_ReportsEachWithoutThrowing()
    {
        var input = TestData.InputJson("aalto-like.json");
        input = TestData.With(input, "/template/title", new JsonObject { ["<script>"] = "x", ["en"] = 5 });
        input = TestData.With(input, "/template/homepage", "javascript:alert(1)");
        input = TestData.With(input, "/template/issuer/legalName", "Pohjoisen yliopisto");
        input = TestData.With(input, "/learner/givenName", new JsonArray("Siiri"));
        input = TestData.With(input, "/learner/did", "did:evil");
        input = TestData.With(input, "/award/awardDate", "2026-02-30");
        input = TestData.With(input, "/template/notionalHours", 1e28);

        var result = MicroCredentialJson.Parse(TestData.Utf8(input));

        result.Problems.Select(p => p.Pointer).Should().BeEquivalentTo(
            "/template/title/<script>", "/template/title/en", "/template/homepage", "/template/issuer/legalName",
            "/learner/givenName", "/learner/did", "/award/awardDate", "/template/notionalHours");
    }

    [Fact]
    public void Parse_HundredThousandBadOutcomes_CapsTheReport()
    {
        var outcomes = new JsonArray();
        for (var i = 0; i < 100_000; i++)
        {
            outcomes.Add(new JsonObject());
        }

        var input = TestData.With(TestData.InputJson("aalto-like.json"), "/template/learningOutcomes", outcomes);

        var result = MicroCredentialJson.Parse(TestData.Utf8(input));

        result.Problems.Should().HaveCount(MicroCredentialJson.MaxProblems + 1);
        result.Problems[^1].Code.Should().Be(ProblemCodes.TooManyProblems);
        result.Problems[0].Pointer.Should().Be("/template/learningOutcomes/0/title");
    }

    [Fact]
    public void Parse_HugeString_IsCarriedWithinSizeLimit()
    {
        var input = TestData.With(TestData.InputJson("aalto-like.json"), "/template/furtherInformation",
            new JsonObject { ["en"] = new string('x', 1_000_000) });

        var result = MicroCredentialJson.Parse(TestData.Utf8(input));

        result.Problems.Should().BeEmpty();
        result.Value!.Template.FurtherInformation!["en"].Should().HaveLength(1_000_000);
    }

    [Fact]
    public void ParseTemplate_TemplateOnly_PointsFromItsOwnRoot()
    {
        var template = TestData.InputJson("aalto-like.json")["template"]!.DeepClone().AsObject();
        template.Remove("ects");

        var result = MicroCredentialJson.ParseTemplate(TestData.Utf8(template));

        result.Problems.Should().ContainSingle().Which.Pointer.Should().Be("/ects");
    }

    [Fact]
    public void ParseLearner_ValidLearner_Parses()
    {
        var learner = TestData.InputJson("vastra-like.json")["learner"]!;

        var result = MicroCredentialJson.ParseLearner(TestData.Utf8(learner));

        result.IsValid.Should().BeTrue();
        result.Value!.GivenName.Should().Be("Åsa");
        result.Value.NationalIdCountry.Should().Be("SWE");
    }

    [Fact]
    public void ParseAward_MissingGrade_ReportsRequired()
    {
        var result = MicroCredentialJson.ParseAward(Encoding.UTF8.GetBytes("{\"awardDate\": \"2026-01-01\"}"));

        result.Problems.Should().ContainSingle().Which.Pointer.Should().Be("/grade");
    }
}
