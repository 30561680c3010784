using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Elm;
using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Schema;
using Credentials.Model.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Credentials.Model.Tests.Elm;

public sealed class RoundTripProperties
{
    private static readonly JsonSerializerOptions Canonical = new() { WriteIndented = false };

    [Property(MaxTest = 150)]
    public Property BuildThenRead_ValidModel_GivesTheSameModel() =>
        Prop.ForAll(ModelGenerators.Credentials(), credential =>
        {
            var document = ElmCredentialBuilder.Build(credential, TestData.Options);
            using var parsed = JsonDocument.Parse(document.ToJsonString());

            var read = ElmCredentialReader.Read(parsed.RootElement);

            return Project(read) == Project(credential);
        });

    [Property(MaxTest = 60)]
    public Property Build_ValidModel_PassesValidatorAndProfileSchema() =>
        Prop.ForAll(ModelGenerators.Credentials(), credential =>
            MicroCredentialValidator.Validate(credential).Count == 0
            && SchemaValidator.ElmMicroCredential.Validate(ElmCredentialBuilder.Build(credential, TestData.Options).ToJsonString()).Count == 0);

    [Property(MaxTest = 150)]
    public Property WriteThenParse_ValidModel_GivesTheSameModel() =>
        Prop.ForAll(ModelGenerators.Credentials(), credential =>
        {
            var result = MicroCredentialJson.Parse(TestData.Utf8(MicroCredentialJson.Write(credential)));

            return result.IsValid && Project(result.Value!) == Project(credential);
        });

    [Fact]
    public void WriteThenParse_OfficialSampleReadBack_ReportsOnlyItsGaps()
    {
        using var sample = TestData.SampleUnsigned();
        var read = ElmCredentialReader.Read(sample.RootElement);

        var result = MicroCredentialJson.Parse(TestData.Utf8(MicroCredentialJson.Write(read)));

        result.Problems.Select(p => p.Pointer).Should().BeEquivalentTo(
            "/template/assessment/type", "/template/issuer/registration/scheme", "/template/qualityAssurance", "/learner/studentNumber",
            "/learner/studentNumberScheme", "/award/awardDate");
    }

    public static TheoryData<string> Inputs => new(TestData.InputNames);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void BuildThenRead_SampleInput_GivesTheParsedModel(string name)
    {
        var credential = TestData.Credential(name);
        using var parsed = JsonDocument.Parse(ElmCredentialBuilder.Build(credential, TestData.Options).ToJsonString());

        var read = ElmCredentialReader.Read(parsed.RootElement);

        Project(read).Should().Be(Project(credential with
        {
            // The input's local-time award date comes back in UTC (same instant).
            Award = credential.Award with { AwardDate = credential.Award.AwardDate!.Value.ToUniversalTime() },
        }));
    }

    [Fact]
    public void Project_DifferentModels_Differ()
    {
        var credential = TestData.Credential();
        var changed = credential with { Learner = credential.Learner with { FamilyName = "Aijala" } };

        Project(changed).Should().NotBe(Project(credential));
    }

    /// <summary>A canonical JSON text of every model field (concept labels included) to compare models by value.</summary>
    private static string Project(MicroCredential credential)
    {
        var node = JsonSerializer.SerializeToNode(credential, Canonical)!;
        return node.ToJsonString();
    }
}
