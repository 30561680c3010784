using System.Text.Json.Nodes;
using Credentials.Proofs.Jades;
using Credentials.TestKit;

namespace Credentials.Proofs.Tests.Jades;

public sealed class JoseInteropTests
{
    private static readonly string UnsignedSample =
        File.ReadAllText(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld"));

    private readonly JadesSealer _sealer = new(new FixedTimeProvider(SealCrafter.Now));

    [JoseFact]
    public void Seal_Es256_VerifiesInJose()
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Ec);

        var (verified, output) = JoseOracle.Verify(_sealer.Seal(UnsignedSample, key));

        verified.Should().BeTrue(output.ToString());
        output.GetProperty("alg").GetString().Should().Be("ES256");
        output.GetProperty("payload").GetString().Should().Be(UnsignedSample);
    }

    [JoseFact]
    public void Seal_Rs256_VerifiesInJose()
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Rsa);

        var (verified, output) = JoseOracle.Verify(_sealer.Seal(SealCrafter.Payload, key));

        verified.Should().BeTrue(output.ToString());
        output.GetProperty("payload").GetString().Should().Be(SealCrafter.Payload);
    }

    [JoseFact]
    public void Seal_TamperedPayload_FailsInJose()
    {
        using var key = JadesSigningKey.FromCertificate(SealCrafter.Ec);
        var root = JsonNode.Parse(_sealer.Seal(UnsignedSample, key))!;
        root["payload"] = UnsignedSample.Replace("Annex", "Annux", StringComparison.Ordinal);

        var (verified, output) = JoseOracle.Verify(root.ToJsonString());

        verified.Should().BeFalse();
        output.GetProperty("error").GetString().Should().Contain("signature verification failed");
    }

    [JoseFact]
    public void OfficialSample_VerifiesInJoseAsInOurs()
    {
        var (verified, output) = JoseOracle.Verify(EuropassSample.Text);

        verified.Should().BeTrue(output.ToString());
        JadesVerifier.Verify(EuropassSample.Text, SealCrafter.Options()).Integrity.Should().Be(JadesOutcome.Passed);
    }
}
