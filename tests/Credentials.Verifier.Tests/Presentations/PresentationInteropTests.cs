using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.TestKit;
using Credentials.Verifier.Reports;
using static Credentials.Verifier.Tests.Presentations.PresentationFixture;

namespace Credentials.Verifier.Tests.Presentations;

/// <summary>Both ways against Digital Bazaar's <c>@digitalbazaar/vc</c> (tests/interop/di.mjs, offline loader).</summary>
public sealed class PresentationInteropTests
{
    [NodeFact]
    public async Task SignDataIntegrityAsync_OurPresentations_VerifyInDigitalBazaarVc()
    {
        foreach (var (suite, presentation) in await PresentationsAsync())
        {
            var signed = await SignDiAsync(presentation, suite);

            var verdict = VerifyThere(signed, Challenge, Domain);

            verdict["verified"]!.GetValue<bool>().Should().BeTrue($"{suite} {signed["@context"]![0]}: {verdict["errors"]!.ToJsonString()}");
        }
    }

    [NodeFact]
    public async Task SignDataIntegrityAsync_OurPresentationTamperedOrWrongChallenge_FailsInDigitalBazaarVc()
    {
        var signed = await SignDiAsync(Build(await ElmDiAsync()), Cryptosuites.EddsaRdfc2022);
        var tampered = (JsonObject)signed.DeepClone();
        tampered["id"] = "urn:uuid:0a1b2c3d-0000-4000-8000-000000000002";

        var wrongChallenge = VerifyThere(signed, "another-challenge", Domain);
        var changed = VerifyThere(tampered, Challenge, Domain);

        wrongChallenge["verified"]!.GetValue<bool>().Should().BeFalse();
        changed["verified"]!.GetValue<bool>().Should().BeFalse();
    }

    [NodeFact]
    public async Task VerifyAsync_DigitalBazaarSignedPresentations_AreVerifiedHere()
    {
        var (publicKey, secretKey) = HolderMultikey();
        foreach (var (suite, presentation) in await PresentationsAsync())
        {
            var request = new JsonObject
            {
                ["presentation"] = presentation,
                ["cryptosuite"] = suite,
                ["publicKeyMultibase"] = publicKey,
                ["secretKeyMultibase"] = secretKey,
                ["created"] = "2026-09-01T10:00:00Z",
                ["challenge"] = Challenge,
                ["domain"] = Domain,
            };
            var theirs = Run("sign-vp", request.ToJsonString());

            var report = await NewVerifier().VerifyAsync(theirs, Expected());
            var replayed = await NewVerifier().VerifyAsync(theirs, Expected(challenge: "another-challenge"));

            report.Verdict.Should().Be(Verdict.Verified, $"{suite}: {PresentationVerifierTests.Describe(report)}");
            replayed.Verdict.Should().Be(Verdict.NotVerified);
        }
    }

    private static async Task<List<(string Suite, JsonObject Presentation)>> PresentationsAsync() =>
    [
        (Cryptosuites.EddsaRdfc2022, Build(await ElmDiAsync())),
        (Cryptosuites.EddsaJcs2022, Build(await ElmDiAsync(Cryptosuites.EddsaJcs2022))),
        (Cryptosuites.EddsaRdfc2022, Build(await Vcdm2DiAsync())),
        (Cryptosuites.EddsaJcs2022, Build(await Vcdm2DiAsync(Cryptosuites.EddsaJcs2022))),
    ];

    private static JsonNode VerifyThere(JsonObject presentation, string challenge, string domain) =>
        JsonNode.Parse(Run("verify-vp", new JsonObject { ["presentation"] = presentation.DeepClone(), ["challenge"] = challenge, ["domain"] = domain }.ToJsonString()))!;

    private static string Run(string command, string stdin)
    {
        var (exit, output, error) = NodeScript.Run("di.mjs", stdin, command, RepositoryPaths.InRepo("src", "Credentials.JsonLd", "Contexts"));
        return exit == 0 ? output : throw new InvalidOperationException("node di.mjs " + command + " failed: " + error);
    }
}
