using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.Findings;
using Credentials.Proofs.SdJwt;
using Credentials.TestKit;
using Credentials.Verifier.Reports;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Interop;

/// <summary>SD-JWT VCs issued and presented by npm <c>@sd-jwt/sd-jwt-vc</c>, an implementation we did not write, verified here.</summary>
public sealed class SdJwtIssuedThereTests
{
    private const string Audience = "https://verifier.example";
    private const string Nonce = "sd-jwt-interop-nonce";
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [NodeFact]
    public async Task VerifyAsync_PresentationMadeBySdJwtJs_PassesProofKeyBindingAndDisclosures()
    {
        var made = Make();

        var report = await Verifier(new KeyBindingExpectation(Nonce, Audience, KeyBindingExpectation.DefaultMaxAge)).VerifyAsync(made.GetProperty("presented").GetString()!);

        report.Envelope.Should().Be("dc+sd-jwt");
        report.Checks.Where(c => c.Check is CheckNames.Format or CheckNames.Proof or CheckNames.Issuer or CheckNames.Validity)
            .Should().OnlyContain(c => c.Outcome == CheckOutcome.Passed, string.Join("; ", report.Problems.Select(p => p.Code + ": " + p.Message)));
        report.Checks.Should().Contain(c => c.Code == CheckCodes.ProofKeyBindingValid);
        report.IssuerId.Should().Be(made.GetProperty("did").GetString());
        report.Disclosure!.Disclosed.Should().ContainSingle(d => d.Key == "/given_name");
        report.Disclosure.Withheld.Should().Be(2, "family_name and one decoy stay undisclosed");
    }

    [NodeFact]
    public async Task VerifyAsync_IssuedBySdJwtJsWithoutKeyBinding_PassesProofAndDisclosesBoth()
    {
        var made = Make();

        var report = await Verifier(null).VerifyAsync(made.GetProperty("issued").GetString()!);

        report.Checks.Where(c => c.Check is CheckNames.Format or CheckNames.Proof && c.Code != CheckCodes.ProofKeyBindingNotRequested)
            .Should().OnlyContain(c => c.Outcome == CheckOutcome.Passed);
        report.Checks.Should().ContainSingle(c => c.Code == CheckCodes.ProofKeyBindingNotRequested).Which.Outcome.Should().Be(CheckOutcome.Skipped);
        report.Checks.Should().Contain(c => c.Code == CheckCodes.IssuerValid, "the issuer's signature holds without a key binding, so the issuer is checked");
        report.Disclosure!.Disclosed.Select(d => d.Key).Should().BeEquivalentTo("/given_name", "/family_name");
    }

    [NodeFact]
    public async Task VerifyAsync_SdJwtJsPresentationForAnotherNonce_ReportsNonceMismatch()
    {
        var made = Make();

        var report = await Verifier(new KeyBindingExpectation("another-nonce", Audience, KeyBindingExpectation.DefaultMaxAge)).VerifyAsync(made.GetProperty("presented").GetString()!);

        report.Checks.Should().Contain(c => c.Code == CheckCodes.ProofKeyBindingNonceMismatch);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    private static CredentialVerifier Verifier(KeyBindingExpectation? expectation) =>
        new(new VerifierOptions { KeyBinding = expectation }, new FakeTimeProvider(Now));

    private static JsonElement Make()
    {
        var input = new JsonObject
        {
            ["holderPrivateJwk"] = TestKeys.Learner.PrivateJwk.ToJson(),
            ["vct"] = "https://credentials.example/credentials/types/micro-credential",
            ["aud"] = Audience,
            ["nonce"] = Nonce,
            ["iat"] = Now.ToUnixTimeSeconds(),
        };

        var (exit, output, error) = NodeScript.Run("sdjwt.mjs", input.ToJsonString(), "issue");

        exit.Should().Be(0, output + error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
