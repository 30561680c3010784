using Credentials.Model.Input;
using Credentials.Model.Validation;

namespace Credentials.Model.Tests.Validation;

public sealed class MicroCredentialValidatorTests
{
    [Fact]
    public void Validate_SampleModel_HasNoProblems()
    {
        MicroCredentialValidator.Validate(TestData.Credential()).Should().BeEmpty();
    }

    [Fact]
    public void Validate_EmptyModel_ReportsEveryMandatoryElement()
    {
        var empty = new Model.MicroCredentials.MicroCredential(new(), new(), new());

        var problems = MicroCredentialValidator.Validate(empty);

        problems.Should().OnlyContain(p => p.Code == ProblemCodes.Required);
        problems.Select(p => p.Pointer).Should().BeEquivalentTo(
            "/template/title", "/template/issuer", "/template/learningOutcomes", "/template/ects", "/template/eqfLevel",
            "/template/assessment/type", "/template/participation/modes", "/template/participation/learningSetting",
            "/template/qualityAssurance", "/learner/givenName", "/learner/familyName", "/learner/dateOfBirth",
            "/learner/studentNumber", "/learner/studentNumberScheme", "/award/grade", "/award/awardDate");
    }

    [Fact]
    public void Validate_NationalIdWithoutCountry_ReportsRequiredCountry()
    {
        var credential = TestData.Credential();
        credential = credential with { Learner = credential.Learner with { NationalId = "010101-123N", NationalIdCountry = null } };

        MicroCredentialValidator.Validate(credential).Should().ContainSingle()
            .Which.Should().Be(new ModelProblem("/learner/nationalIdCountry", ProblemCodes.Required,
                MicroCredentialValidator.Validate(credential)[0].Message));
    }

    [Fact]
    public void Validate_BornAfterAward_ReportsInconsistent()
    {
        var credential = TestData.Credential();
        credential = credential with { Learner = credential.Learner with { DateOfBirth = new DateOnly(2027, 1, 1) } };

        MicroCredentialValidator.Validate(credential).Should().ContainSingle()
            .Which.Code.Should().Be(ProblemCodes.Inconsistent);
    }

    [Fact]
    public void Validate_ValidityEndsBeforeStart_ReportsInconsistent()
    {
        var credential = TestData.Credential();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        credential = credential with { Template = credential.Template with { ValidFrom = start, ValidUntil = start.AddDays(-1) } };

        MicroCredentialValidator.Validate(credential).Should().ContainSingle()
            .Which.Pointer.Should().Be("/template/validUntil");
    }

    [Fact]
    public void Validate_UnknownPrimaryLanguage_ReportsInvalidConcept()
    {
        var credential = TestData.Credential();
        credential = credential with { Template = credential.Template with { PrimaryLanguage = "tlh" } };

        MicroCredentialValidator.Validate(credential).Should().ContainSingle()
            .Which.Should().Match<ModelProblem>(p => p.Pointer == "/template/primaryLanguage" && p.Code == ProblemCodes.InvalidConcept);
    }

    [Fact]
    public void Validate_ConceptFromWrongVocabulary_ReportsInvalidConcept()
    {
        var credential = TestData.Credential();
        var online = credential.Template.Modes[0];
        credential = credential with { Template = credential.Template with { LearningSetting = online } };

        MicroCredentialValidator.Validate(credential).Should().ContainSingle()
            .Which.Should().Match<ModelProblem>(p => p.Pointer == "/template/participation/learningSetting" && p.Code == ProblemCodes.InvalidConcept);
    }
}
