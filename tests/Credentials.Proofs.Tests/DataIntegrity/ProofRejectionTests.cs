using Credentials.Proofs.Findings;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;

namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>Malformed, missing, hostile and mismatched proof members, each with its stable code.</summary>
public sealed class ProofRejectionTests
{
    private static readonly Lazy<JsonObject> Signed = new(() => Sign(Cryptosuites.EddsaJcs2022));

    public static TheoryData<string, string?, string> ProofMemberCases => new()
    {
        { "type", "Ed25519Signature2020", CheckCodes.ProofTypeUnsupported },
        { "type", null, CheckCodes.ProofTypeUnsupported },
        { "cryptosuite", "ecdsa-rdfc-2019", CheckCodes.ProofCryptosuiteUnsupported },
        { "cryptosuite", null, CheckCodes.ProofCryptosuiteUnsupported },
        { "proofPurpose", null, CheckCodes.ProofPurposeMissing },
        { "proofPurpose", "", CheckCodes.ProofPurposeMissing },
        { "proofPurpose", "authentication", CheckCodes.ProofPurposeMismatch },
        { "proofPurpose", "capabilityInvocation", CheckCodes.ProofPurposeMismatch },
        { "verificationMethod", null, CheckCodes.ProofVerificationMethodMissing },
        { "verificationMethod", "", CheckCodes.ProofVerificationMethodMissing },
        { "proofValue", null, CheckCodes.ProofValueMalformed },
        { "proofValue", "", CheckCodes.ProofValueMalformed },
        { "proofValue", "z", CheckCodes.ProofValueMalformed },
        { "proofValue", "u2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme", CheckCodes.ProofValueMalformed },
        { "proofValue", "z0OIl", CheckCodes.ProofValueMalformed },
        { "proofValue", "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZ", CheckCodes.ProofValueMalformed },
        { "proofValue", "z" + new string('2', 5000), CheckCodes.ProofValueMalformed },
        { "proofValue", "z2YwC8z3ap7yx1nZYCg4L3j3Ap\u00e9sF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahK", CheckCodes.ProofValueMalformed }, // a non-ASCII character: the decoder threw IndexOutOfRangeException (fuzz finding)
        { "created", "2025-06-01", CheckCodes.ProofDateMalformed },
        { "created", "2025-06-01T12:00:00", CheckCodes.ProofDateMalformed },
        { "created", "2025-13-01T12:00:00Z", CheckCodes.ProofDateMalformed },
        { "expires", "tomorrow", CheckCodes.ProofDateMalformed },
        { "verificationMethod", "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#other", CheckCodes.ProofKeyUnresolved },
        { "verificationMethod", "did:key:zNotAKey#zNotAKey", CheckCodes.ProofKeyUnresolved },
        { "previousProof", "urn:uuid:does-not-exist", CheckCodes.ProofPreviousProofMissing },
    };

    [Theory]
    [MemberData(nameof(ProofMemberCases))]
    public async Task VerifyAsync_ProofMemberChanged_ReportsCode(string member, string? value, string code)
    {
        var signed = (JsonObject)Signed.Value.DeepClone();
        var proof = signed["proof"]!.AsObject();
        if (value is null)
        {
            proof.Remove(member);
        }
        else
        {
            proof[member] = value;
        }

        var result = await Verify(signed);

        result.Verified.Should().BeFalse();
        result.Proofs.Single().Code.Should().Be(code);
        result.Proofs.Single().Outcome.Should().Be(ProofOutcome.Invalid);
        result.Proofs.Single().Message.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("2025-06-01T12:00:00Z", "2025-06-01T12:00:01Z", CheckCodes.ProofExpired)]
    [InlineData("2025-06-01T12:00:01Z", "2025-06-01T12:00:00Z", CheckCodes.ProofSignatureInvalid)]
    public async Task VerifyAsync_ProofWithExpires_ComparesItWithTheClock(string expires, string now, string code)
    {
        // "expires" is added after signing: once expired that is reported first; otherwise the signature catches it.
        var signed = (JsonObject)Signed.Value.DeepClone();
        signed["proof"]!["expires"] = expires;
        var options = new DataIntegrityVerifyOptions { TimeProvider = new FixedClock(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)) };

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver(), options);

        result.Proofs.Single().Code.Should().Be(code);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"proof\"")]
    [InlineData("null")]
    [InlineData("[null, 7]")]
    public async Task VerifyAsync_ProofNotAnObject_IsTypeUnsupported(string proofJson)
    {
        var signed = (JsonObject)Signed.Value.DeepClone();
        signed["proof"] = JsonNode.Parse(proofJson);

        var result = await Verify(signed);

        result.Verified.Should().BeFalse();
        result.Proofs.Should().OnlyContain(p => p.Code == CheckCodes.ProofTypeUnsupported || p.Code == CheckCodes.ProofMissing);
    }

    [Fact]
    public async Task VerifyAsync_NoProof_IsMissing()
    {
        var signed = (JsonObject)Signed.Value.DeepClone();
        signed.Remove("proof");

        var result = await Verify(signed);

        result.Verified.Should().BeFalse();
        result.Outcome.Should().Be(ProofOutcome.Invalid);
        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofMissing);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"a string\"")]
    [InlineData("null")]
    public async Task VerifyAsync_DocumentNotAnObject_IsMissing(string json)
    {
        using var doc = JsonDocument.Parse(json);

        var result = await DataIntegrityProofs.VerifyAsync(doc.RootElement, new DidResolver());

        result.Verified.Should().BeFalse();
        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofMissing);
    }

    [Fact]
    public async Task VerifyAsync_ProofValueOfAnotherDocument_IsSignatureInvalid()
    {
        var signed = (JsonObject)Signed.Value.DeepClone();
        var vector = DiFixtures.Load(DiFixtures.VectorPath(Cryptosuites.EddsaJcs2022));
        signed["proof"]!["proofValue"] = vector["proof"]!["proofValue"]!.DeepClone();

        var result = await Verify(signed);

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public async Task VerifyAsync_JcsDocumentWithNumberBeyondDoubleRange_IsTransformationFailed()
    {
        var json = Signed.Value.ToJsonString().Replace("\"name\":", "\"huge\":1e400,\"name\":", StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);

        var result = await DataIntegrityProofs.VerifyAsync(doc.RootElement, new DidResolver());

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofTransformationFailed);
    }

    [Fact]
    public async Task VerifyAsync_HugeProofSetOfJunk_ReportsEveryEntry()
    {
        var signed = (JsonObject)Signed.Value.DeepClone();
        var set = new JsonArray();
        for (var i = 0; i < 200; i++)
        {
            set.Add(new JsonObject { ["type"] = "DataIntegrityProof", ["cryptosuite"] = "junk-" + i });
        }

        signed["proof"] = set;

        var result = await Verify(signed);

        result.Proofs.Should().HaveCount(200).And.OnlyContain(p => p.Code == CheckCodes.ProofCryptosuiteUnsupported);
        result.Proofs.Select(p => p.Index).Should().Equal(Enumerable.Range(0, 200));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static Task<DataIntegrityVerificationResult> Verify(JsonObject signed) =>
        DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver());

    private static JsonObject Sign(string suite)
    {
        using var key = DiFixtures.TestKey();
        var options = new DataIntegrityOptions { Cryptosuite = suite, Created = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero) };
        return DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod, options).GetAwaiter().GetResult();
    }
}
