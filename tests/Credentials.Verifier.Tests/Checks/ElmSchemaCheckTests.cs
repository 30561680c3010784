using Credentials.Proofs.Findings;
using System.Text.Json.Nodes;
using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Checks;

public sealed class ElmSchemaCheckTests
{
    private static readonly string EuropassSigned = RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld");
    private static readonly string EuropassUnsigned = RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld");

    [Fact]
    public async Task VerifyAsync_EuropassSignedSample_SchemaPassesWithAnnexGapsAsNotes()
    {
        var report = await VerifierFactory.Create().VerifyAsync(File.ReadAllBytes(EuropassSigned));

        var schema = report.Checks.Where(c => c.Check == CheckNames.Schema).ToList();
        schema.Should().ContainSingle(c => c.Code == CheckCodes.SchemaShaclConforms && c.Outcome == CheckOutcome.Passed);
        schema.Where(c => c.Code != CheckCodes.SchemaShaclConforms).Should().OnlyContain(c => c.Code == CheckCodes.SchemaAnnexIncomplete && c.Outcome == CheckOutcome.Skipped);
        report.Checks.Should().NotContain(c => c.Outcome == CheckOutcome.Failed);
    }

    [Fact]
    public async Task VerifyAsync_EuropassUnsignedSample_FailsSchemaOnIssuedAndIssuerEidasIdentifier()
    {
        var report = await VerifierFactory.Create().VerifyAsync(File.ReadAllBytes(EuropassUnsigned));

        var violations = report.Checks.Where(c => c.Code == CheckCodes.SchemaShaclViolation).ToList();
        violations.Should().HaveCount(2);
        violations.Should().OnlyContain(c => c.Outcome == CheckOutcome.Failed);
        violations.Should().ContainSingle(c => c.Message.Contains("<https://www.w3.org/2018/credentials#issued>", StringComparison.Ordinal) && c.Message.Contains("sh:minCount", StringComparison.Ordinal));
        violations.Should().ContainSingle(c => c.Message.Contains("eidasLegalIdentifier", StringComparison.Ordinal) && c.Message.Contains("sh:node", StringComparison.Ordinal) && c.Message.Contains("urn:epass:org:1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyAsync_UnknownCredentialSchema_IsIndeterminateNotPassed()
    {
        var credential = JsonNode.Parse(File.ReadAllText(EuropassUnsigned))!.AsObject();
        credential["credentialSchema"] = new JsonObject { ["id"] = "http://example.org/shapes/unknown", ["type"] = "ShaclValidator2017" };

        var report = await VerifierFactory.Create().VerifyAsync(credential.ToJsonString());

        var schema = report.Checks.Where(c => c.Check == CheckNames.Schema).ToList();
        schema.Should().ContainSingle(c => c.Code == CheckCodes.SchemaShapeUnknown).Which.Outcome.Should().Be(CheckOutcome.Indeterminate);
        schema.Should().NotContain(c => c.Outcome == CheckOutcome.Passed);
    }

    [Fact]
    public async Task VerifyAsync_EuropassCredentialNamingNoShapes_GenericShapesJudgeIt()
    {
        var credential = JsonNode.Parse(File.ReadAllText(EuropassUnsigned))!.AsObject();
        credential.Remove("credentialSchema");
        credential.Remove("credentialProfiles");

        var report = await VerifierFactory.Create().VerifyAsync(credential.ToJsonString());

        report.Checks.Should().NotContain(c => c.Code == CheckCodes.SchemaShapeUnknown);
        report.Checks.Should().Contain(c => c.Code == CheckCodes.SchemaShaclViolation && c.Message.Contains("issued", StringComparison.Ordinal), "the unsigned sample lacks 'issued', which the generic shapes require");
    }

    [Fact]
    public async Task VerifyAsync_OurSampleWithShaclViolation_FailsSchema()
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt")).Trim();
        var payload = TestCredentials.Payload(token);
        payload["vc"]!.AsObject().Remove("issued");
        var forged = TestCredentials.RawJws("{\"alg\":\"EdDSA\",\"kid\":\"" + TestKeys.Northern.KeyId + "\",\"typ\":\"JWT\"}", payload.ToJsonString(), TestKeys.Northern.Key);

        var report = await VerifierFactory.Create().VerifyAsync(forged);

        report.Checks.Should().Contain(c => c.Code == CheckCodes.SchemaShaclViolation && c.Message.Contains("credentials#issued>", StringComparison.Ordinal));
        report.Checks.Single(c => c.Check == CheckNames.Proof).Outcome.Should().Be(CheckOutcome.Passed);
    }

    [Fact]
    public async Task VerifyAsync_EqfLevel9_FailsSchemaAsAMandatoryVocabulary()
    {
        var text = File.ReadAllText(EuropassUnsigned).Replace("http://data.europa.eu/snb/eqf/6", "http://data.europa.eu/snb/eqf/9", StringComparison.Ordinal);
        text.Should().Contain("eqf/9");

        var report = await VerifierFactory.Create().VerifyAsync(text);

        var finding = report.Checks.Should().Contain(c => c.Code == CheckCodes.SchemaVocabularyInvalid).Which;
        finding.Outcome.Should().Be(CheckOutcome.Failed);
        finding.Message.Should().Contain("eqf/9");
        finding.Pointer.Should().StartWith("/credentialSubject/");
    }

    [Fact]
    public async Task VerifyAsync_UnknownMode_IsIndeterminateVocabulary()
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt")).Trim();
        var payload = TestCredentials.Payload(token).ToJsonString().Replace("http://data.europa.eu/snb/learning-assessment/920fbb3cbe", "http://data.europa.eu/snb/learning-assessment/0000000000", StringComparison.Ordinal);
        payload.Should().Contain("learning-assessment/0000000000");
        var forged = TestCredentials.RawJws("{\"alg\":\"EdDSA\",\"kid\":\"" + TestKeys.Northern.KeyId + "\",\"typ\":\"JWT\"}", payload, TestKeys.Northern.Key);

        var report = await VerifierFactory.Create().VerifyAsync(forged);

        report.Checks.Should().ContainSingle(c => c.Code == CheckCodes.SchemaVocabularyUnknown).Which.Outcome.Should().Be(CheckOutcome.Indeterminate);
        report.Checks.Should().NotContain(c => c.Outcome == CheckOutcome.Failed);
    }
}
