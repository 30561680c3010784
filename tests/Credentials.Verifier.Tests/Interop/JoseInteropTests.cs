using Credentials.Proofs.Findings;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.VcJwt;
using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Interop;

/// <summary>Our VC-JWTs against panva/jose, an implementation we did not write, in both directions.</summary>
public sealed class JoseInteropTests
{
    [NodeFact]
    public void Jose_OurSignedSamples_VerifyWithTheKeyFromTheDidDocument()
    {
        foreach (var (file, issuer) in new[] { ("northern-university-aijala.jwt", TestKeys.Northern), ("vastra-hogskolan-oberg.jwt", TestKeys.Vastra) })
        {
            var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, file)).Trim();
            var input = new JsonObject { ["token"] = token, ["didDocument"] = Proofs.Keys.KeyDirectory.DocumentFor(issuer) };

            var (exit, output, error) = NodeScript.Run("vcjwt.mjs", input.ToJsonString(), "verify");

            exit.Should().Be(0, output + error);
            var result = JsonDocument.Parse(output).RootElement;
            result.GetProperty("verified").GetBoolean().Should().BeTrue();
            result.GetProperty("iss").GetString().Should().Be(issuer.Did);
            result.GetProperty("vcIssuer").GetString().Should().Be(issuer.Did);
        }
    }

    [NodeFact]
    public void Jose_TamperedToken_IsRejectedThereToo()
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt")).Trim();
        var tampered = TestCredentials.WithPayload(token, TestCredentials.Payload(token).ToJsonString().Replace("900123", "900124", StringComparison.Ordinal));
        var input = new JsonObject { ["token"] = tampered, ["didDocument"] = Proofs.Keys.KeyDirectory.DocumentFor(TestKeys.Northern) };

        var (exit, _, _) = NodeScript.Run("vcjwt.mjs", input.ToJsonString(), "verify");

        exit.Should().Be(1);
    }

    [NodeFact]
    public async Task VerifyAsync_TokensSignedByJose_PassProofAndIssuer()
    {
        foreach (var alg in new[] { "EdDSA", "ES256" })
        {
            var credential = TestCredentials.Elm(TestKit.Samples.Northern, TestKeys.Northern);

            var (exit, output, error) = NodeScript.Run("vcjwt.mjs", credential.ToJsonString(VcJwtSigner.PayloadJson), "sign", alg);
            exit.Should().Be(0, error);
            var signed = JsonDocument.Parse(output).RootElement;
            var report = await VerifierFactory.Create().VerifyAsync(signed.GetProperty("token").GetString()!);

            report.Checks.Where(c => c.Check is CheckNames.Format or CheckNames.Schema or CheckNames.Proof or CheckNames.Issuer or CheckNames.Validity)
                .Should().OnlyContain(c => c.Outcome == CheckOutcome.Passed, alg + ": " + string.Join("; ", report.Checks));
            report.Checks.Single(c => c.Check == CheckNames.Trust).Code.Should().Be(CheckCodes.TrustIssuerUnknown, "a fresh jose key is nobody we trust");
            report.IssuerId.Should().Be(signed.GetProperty("did").GetString());
        }
    }
}
