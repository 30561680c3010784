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
        { "type", "Ed25519Signature2020", DataIntegrityCodes.TypeUnsupported },
        { "type", null, DataIntegrityCodes.TypeUnsupported },
        { "cryptosuite", "ecdsa-rdfc-2019", DataIntegrityCodes.CryptosuiteUnsupported },
        { "cryptosuite", null, DataIntegrityCodes.CryptosuiteUnsupported },
        { "proofPurpose", null, DataIntegrityCodes.PurposeMissing },
        { "proofPurpose", "", DataIntegrityCodes.PurposeMissing },
        { "proofPurpose", "authentication", DataIntegrityCodes.PurposeMismatch },
        { "proofPurpose", "capabilityInvocation", DataIntegrityCodes.PurposeMismatch },
        { "verificationMethod", null, DataIntegrityCodes.VerificationMethodMissing },
        { "verificationMethod", "", DataIntegrityCodes.VerificationMethodMissing },
        { "proofValue", null, DataIntegrityCodes.ValueMalformed },
        { "proofValue", "", DataIntegrityCodes.ValueMalformed },
        { "proofValue", "z", DataIntegrityCodes.ValueMalformed },
        { "proofValue", "u2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme", DataIntegrityCodes.ValueMalformed },
        { "proofValue", "z0OIl", DataIntegrityCodes.ValueMalformed },
        { "proofValue", "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZ", DataIntegrityCodes.ValueMalformed },
        { "proofValue", "z" + new string('2', 5000), DataIntegrityCodes.ValueMalformed },
        { "created", "2025-06-01", DataIntegrityCodes.DateMalformed },
        { "created", "2025-06-01T12:00:00", DataIntegrityCodes.DateMalformed },
        { "created", "2025-13-01T12:00:00Z", DataIntegrityCodes.DateMalformed },
        { "expires", "tomorrow", DataIntegrityCodes.DateMalformed },
        { "verificationMethod", "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#other", DataIntegrityCodes.KeyUnresolved },
        { "verificationMethod", "did:key:zNotAKey#zNotAKey", DataIntegrityCodes.KeyUnresolved },
        { "previousProof", "urn:uuid:does-not-exist", DataIntegrityCodes.PreviousProofMissing },
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
    [InlineData("2025-06-01T12:00:00Z", "2025-06-01T12:00:01Z", DataIntegrityCodes.Expired)]
    [InlineData("2025-06-01T12:00:01Z", "2025-06-01T12:00:00Z", DataIntegrityCodes.SignatureInvalid)]
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
        result.Proofs.Should().OnlyContain(p => p.Code == DataIntegrityCodes.TypeUnsupported || p.Code == DataIntegrityCodes.Missing);
    }

    [Fact]
    public async Task VerifyAsync_NoProof_IsMissing()
    {
        var signed = (JsonObject)Signed.Value.DeepClone();
        signed.Remove("proof");

        var result = await Verify(signed);

        result.Verified.Should().BeFalse();
        result.Outcome.Should().Be(ProofOutcome.Invalid);
        result.Proofs.Single().Code.Should().Be(DataIntegrityCodes.Missing);
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
        result.Proofs.Single().Code.Should().Be(DataIntegrityCodes.Missing);
    }

    [Fact]
    public async Task VerifyAsync_ProofValueOfAnotherDocument_IsSignatureInvalid()
    {
        var signed = (JsonObject)Signed.Value.DeepClone();
        var vector = DiFixtures.Load(DiFixtures.VectorPath(Cryptosuites.EddsaJcs2022));
        signed["proof"]!["proofValue"] = vector["proof"]!["proofValue"]!.DeepClone();

        var result = await Verify(signed);

        result.Proofs.Single().Code.Should().Be(DataIntegrityCodes.SignatureInvalid);
    }

    [Fact]
    public async Task VerifyAsync_JcsDocumentWithNumberBeyondDoubleRange_IsTransformationFailed()
    {
        var json = Signed.Value.ToJsonString().Replace("\"name\":", "\"huge\":1e400,\"name\":", StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);

        var result = await DataIntegrityProofs.VerifyAsync(doc.RootElement, new DidResolver());

        result.Proofs.Single().Code.Should().Be(DataIntegrityCodes.TransformationFailed);
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

        result.Proofs.Should().HaveCount(200).And.OnlyContain(p => p.Code == DataIntegrityCodes.CryptosuiteUnsupported);
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
