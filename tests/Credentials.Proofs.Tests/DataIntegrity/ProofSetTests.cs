using Credentials.Proofs.Findings;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>Proof sets and previousProof chains (VC Data Integrity 1.0 §4.3, §4.5).</summary>
public sealed class ProofSetTests
{
    private static readonly DateTimeOffset Created = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SignAsync_TwiceWithBothSuites_GivesAProofSetThatVerifies()
    {
        using var key = DiFixtures.TestKey();
        using var second = SigningKey.Generate(KeyType.Ed25519);
        var once = await DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod, Options(Cryptosuites.EddsaRdfc2022));

        var twice = await DataIntegrityProofs.SignAsync(once, second, second.DidKeyVerificationMethod, Options(Cryptosuites.EddsaJcs2022));
        var result = await Verify(twice);

        twice["proof"].Should().BeOfType<JsonArray>().Which.Should().HaveCount(2);
        result.Verified.Should().BeTrue(Describe(result));
        result.Proofs.Select(p => p.Controller).Should().Equal(DiFixtures.TestDid, second.DidKey);
    }

    [Fact]
    public async Task VerifyAsync_ProofSetWithOneProofTampered_FailsOnlyThatProof()
    {
        using var key = DiFixtures.TestKey();
        var once = await DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod, Options(Cryptosuites.EddsaRdfc2022));
        var twice = await DataIntegrityProofs.SignAsync(once, key, DiFixtures.TestMethod, Options(Cryptosuites.EddsaJcs2022));
        twice["proof"]![1]!["created"] = "2025-06-01T12:00:01Z";

        var result = await Verify(twice);

        result.Verified.Should().BeFalse();
        result.Proofs.Select(p => p.Code).Should().Equal(CheckCodes.ProofValid, CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public async Task VerifyAsync_ProofSetWithOneProofRemoved_StillVerifiesTheOther()
    {
        // A proof set (unlike a chain) does not protect its members from removal: VC Data Integrity 1.0 §2.1.2.
        using var key = DiFixtures.TestKey();
        var once = await DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod, Options(Cryptosuites.EddsaRdfc2022));
        var twice = await DataIntegrityProofs.SignAsync(once, key, DiFixtures.TestMethod, Options(Cryptosuites.EddsaRdfc2022));
        twice["proof"]!.AsArray().RemoveAt(0);

        var result = await Verify(twice);

        result.Verified.Should().BeTrue(Describe(result));
    }

    [Theory]
    [InlineData("eddsa-rdfc-2022")]
    [InlineData("eddsa-jcs-2022")]
    public async Task SignAsync_ChainedProof_VerifiesAndNamesItsPredecessor(string suite)
    {
        var chained = await Chain(suite);

        var result = await Verify(chained);

        result.Verified.Should().BeTrue(Describe(result));
        chained["proof"]![1]!["previousProof"]!.GetValue<string>().Should().Be("urn:uuid:first-proof");
        result.Proofs.Select(p => p.ProofId).Should().Equal("urn:uuid:first-proof", "urn:uuid:second-proof");
    }

    [Theory]
    [InlineData("eddsa-rdfc-2022")]
    [InlineData("eddsa-jcs-2022")]
    public async Task VerifyAsync_ChainWithPredecessorRemoved_IsPreviousProofMissing(string suite)
    {
        var chained = await Chain(suite);
        chained["proof"]!.AsArray().RemoveAt(0);

        var result = await Verify(chained);

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofPreviousProofMissing);
    }

    [Theory]
    [InlineData("eddsa-rdfc-2022")]
    [InlineData("eddsa-jcs-2022")]
    public async Task VerifyAsync_ChainWithPredecessorReplaced_BreaksTheSuccessor(string suite)
    {
        // The successor signs over its predecessor, so swapping the first proof for another valid proof with the
        // same id is detected.
        var chained = await Chain(suite);
        using var key = DiFixtures.TestKey();
        var other = await DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod, Options(suite) with { Id = "urn:uuid:first-proof", Created = Created.AddDays(1) });
        chained["proof"]![0] = other["proof"]!.DeepClone();

        var result = await Verify(chained);

        result.Proofs.Select(p => p.Code).Should().Equal(CheckCodes.ProofValid, CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public async Task SignAsync_PreviousProofNotInDocument_Throws()
    {
        using var key = DiFixtures.TestKey();

        var act = () => DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod, Options(Cryptosuites.EddsaRdfc2022) with { PreviousProof = ["urn:uuid:nowhere"] });

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*urn:uuid:nowhere*");
    }

    [Fact]
    public async Task SignAsync_PreviousProofListOfTwo_WritesAnArrayAndVerifies()
    {
        using var key = DiFixtures.TestKey();
        var doc = DiFixtures.Load(DiFixtures.Vcdm2Path);
        doc = await DataIntegrityProofs.SignAsync(doc, key, DiFixtures.TestMethod, Options(Cryptosuites.EddsaRdfc2022) with { Id = "urn:a" });
        doc = await DataIntegrityProofs.SignAsync(doc, key, DiFixtures.TestMethod, Options(Cryptosuites.EddsaRdfc2022) with { Id = "urn:b" });

        doc = await DataIntegrityProofs.SignAsync(doc, key, DiFixtures.TestMethod, Options(Cryptosuites.EddsaRdfc2022) with { Id = "urn:c", PreviousProof = ["urn:a", "urn:b"] });
        var result = await Verify(doc);

        doc["proof"]![2]!["previousProof"].Should().BeOfType<JsonArray>();
        result.Verified.Should().BeTrue(Describe(result));
    }

    private static async Task<JsonObject> Chain(string suite)
    {
        using var key = DiFixtures.TestKey();
        var first = await DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod, Options(suite) with { Id = "urn:uuid:first-proof" });
        return await DataIntegrityProofs.SignAsync(first, key, DiFixtures.TestMethod, Options(suite) with { Id = "urn:uuid:second-proof", PreviousProof = ["urn:uuid:first-proof"] });
    }

    private static DataIntegrityOptions Options(string suite) => new() { Cryptosuite = suite, Created = Created };

    private static Task<DataIntegrityVerificationResult> Verify(JsonObject signed) =>
        DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver());

    private static string Describe(DataIntegrityVerificationResult result) =>
        string.Join("; ", result.Proofs.Select(p => p.Code + ": " + p.Message));
}
