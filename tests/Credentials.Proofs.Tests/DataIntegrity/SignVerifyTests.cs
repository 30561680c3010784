using Credentials.Proofs.Findings;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Tests.DataIntegrity;

public sealed class SignVerifyTests
{
    private static readonly DateTimeOffset Created = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Suites => new() { Cryptosuites.EddsaRdfc2022, Cryptosuites.EddsaJcs2022 };

    [Theory]
    [MemberData(nameof(Suites))]
    public async Task SignAsync_Vcdm2Credential_VerifiesWithIssuerAsController(string suite)
    {
        var signed = await Sign(DiFixtures.Load(DiFixtures.Vcdm2Path), suite);

        var result = await Verify(signed, new DataIntegrityVerifyOptions { ExpectedController = DiFixtures.TestDid });

        result.Verified.Should().BeTrue(Describe(result));
        result.Proofs.Single().Cryptosuite.Should().Be(suite);
        signed["proof"]!["created"]!.GetValue<string>().Should().Be("2025-06-01T12:00:00Z");
        signed["proof"]!["proofValue"]!.GetValue<string>().Should().StartWith("z");
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public async Task SignAsync_ElmCredential_AddsDataIntegrityContextAndVerifies(string suite)
    {
        var signed = await Sign(DiFixtures.ElmCredential(), suite);

        var result = await Verify(signed, new DataIntegrityVerifyOptions { ExpectedController = DiFixtures.TestDid });

        result.Verified.Should().BeTrue(Describe(result));
        signed["@context"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal(
            "https://www.w3.org/2018/credentials/v1",
            "http://data.europa.eu/snb/model/context/edc-ap",
            "https://w3id.org/security/data-integrity/v2");
    }

    [Fact]
    public async Task SignAsync_NoCreatedGiven_TakesTimeFromTimeProvider()
    {
        var clock = new FixedClock(new DateTimeOffset(2030, 1, 2, 3, 4, 5, 600, TimeSpan.FromHours(2)));
        using var key = DiFixtures.TestKey();

        var signed = await DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod, new DataIntegrityOptions { TimeProvider = clock });

        signed["proof"]!["created"]!.GetValue<string>().Should().Be("2030-01-02T01:04:05Z");
    }

    [Fact]
    public async Task SignAsync_InputCredential_IsNotModified()
    {
        var credential = DiFixtures.ElmCredential();
        var before = credential.ToJsonString();

        await Sign(credential, Cryptosuites.EddsaRdfc2022);

        credential.ToJsonString().Should().Be(before);
    }

    [Fact]
    public async Task SignAsync_P256Key_Throws()
    {
        using var key = SigningKey.Generate(KeyType.P256);

        var act = () => DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, key.DidKeyVerificationMethod);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*Ed25519*");
    }

    [Fact]
    public async Task SignAsync_UnknownCryptosuite_Throws()
    {
        using var key = DiFixtures.TestKey();

        var act = () => DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod, new DataIntegrityOptions { Cryptosuite = "ecdsa-rdfc-2019" });

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*cryptosuite*");
    }

    [Fact]
    public async Task SignAsync_RdfcWithUndefinedTerm_ThrowsNamingTheProblem()
    {
        var credential = DiFixtures.ElmCredential();
        credential["favouriteColour"] = "green";
        using var key = DiFixtures.TestKey();

        var act = () => DataIntegrityProofs.SignAsync(credential, key, DiFixtures.TestMethod);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*proof.undefined-term*");
    }

    [Fact]
    public async Task SignAsync_ContextThatIsNotBundled_Throws()
    {
        var credential = DiFixtures.Load(DiFixtures.Vcdm2Path);
        credential["@context"]!.AsArray().Add("https://contexts.example/unknown/v1");
        using var key = DiFixtures.TestKey();

        var act = () => DataIntegrityProofs.SignAsync(credential, key, DiFixtures.TestMethod);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*https://contexts.example/unknown/v1*");
    }

    public static TheoryData<string, string, string> Tampering => new()
    {
        { Cryptosuites.EddsaRdfc2022, "credentialSubject.givenName", "Eino" },
        { Cryptosuites.EddsaJcs2022, "credentialSubject.givenName", "Eino" },
        { Cryptosuites.EddsaRdfc2022, "validUntil", "2099-01-01T00:00:00Z" },
        { Cryptosuites.EddsaJcs2022, "validUntil", "2099-01-01T00:00:00Z" },
        { Cryptosuites.EddsaRdfc2022, "proof.created", "2025-06-01T12:00:01Z" },
        { Cryptosuites.EddsaJcs2022, "proof.created", "2025-06-01T12:00:01Z" },
        { Cryptosuites.EddsaRdfc2022, "issuer.name", "Counterfeit University" },
        { Cryptosuites.EddsaJcs2022, "issuer.name", "Counterfeit University" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task VerifyAsync_OneFieldChanged_IsSignatureInvalid(string suite, string path, string value)
    {
        var signed = await Sign(DiFixtures.Load(DiFixtures.Vcdm2Path), suite);
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate((JsonNode)signed, (node, name) => node[name]!);
        parent[parts[^1]] = value;

        var result = await Verify(signed);

        result.Verified.Should().BeFalse();
        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofSignatureInvalid);
        result.Proofs.Single().Outcome.Should().Be(ProofOutcome.Invalid);
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public async Task VerifyAsync_ArrayOrderChanged_IsSignatureInvalidForJcsOnly(string suite)
    {
        var signed = await Sign(DiFixtures.Load(DiFixtures.Vcdm2Path), suite);
        var outcomes = signed["credentialSubject"]!["achievement"]!["learningOutcome"]!.AsArray();
        var first = outcomes[0]!.DeepClone();
        outcomes.RemoveAt(0);
        outcomes.Add(first);

        var result = await Verify(signed);

        // RDF has no order for repeated values without @list, so rdfc is insensitive to it; JCS is not.
        result.Verified.Should().Be(suite == Cryptosuites.EddsaRdfc2022);
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public async Task VerifyAsync_SignedByAnotherKey_IsSignatureInvalid(string suite)
    {
        using var other = SigningKey.Generate(KeyType.Ed25519);
        using var key = DiFixtures.TestKey();
        var signed = await DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), other, key.DidKeyVerificationMethod, new DataIntegrityOptions { Cryptosuite = suite, Created = Created });

        var result = await Verify(signed);

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public async Task VerifyAsync_UndefinedTermAddedAfterRdfcSigning_IsUndefinedTerm()
    {
        var signed = await Sign(DiFixtures.ElmCredential(), Cryptosuites.EddsaRdfc2022);
        signed["credentialSubject"]!["shoeSize"] = 44;

        var result = await Verify(signed);

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofUndefinedTerm);
        result.Proofs.Single().Message.Should().Contain("shoeSize");
    }

    [Fact]
    public async Task VerifyAsync_UndefinedTypeAddedAfterRdfcSigning_IsUndefinedTerm()
    {
        var signed = await Sign(DiFixtures.ElmCredential(), Cryptosuites.EddsaRdfc2022);
        signed["type"]!.AsArray().Add("PremiumCredential");

        var result = await Verify(signed);

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofUndefinedTerm);
    }

    [Fact]
    public async Task VerifyAsync_UndefinedTermInProof_IsUndefinedTerm()
    {
        var signed = await Sign(DiFixtures.ElmCredential(), Cryptosuites.EddsaRdfc2022);
        signed["proof"]!["nonsense"] = "x";

        var result = await Verify(signed);

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofUndefinedTerm);
    }

    [Fact]
    public async Task VerifyAsync_JcsContextAppendedAfterSigning_VerifiesOverTheSignedContext()
    {
        // VC-DI-EdDSA §3.4.2 verify step 4: the proof's @context is what was signed; a document context that starts
        // with it is replaced by it before hashing, so an appended context is simply not covered by the proof.
        var signed = await Sign(DiFixtures.Load(DiFixtures.Vcdm2Path), Cryptosuites.EddsaJcs2022);
        signed["@context"]!.AsArray().Add("https://w3id.org/security/data-integrity/v2");

        var result = await Verify(signed);

        result.Verified.Should().BeTrue(Describe(result));
    }

    [Fact]
    public async Task VerifyAsync_JcsDocumentContextNotStartingWithProofContext_IsTransformationFailed()
    {
        var signed = await Sign(DiFixtures.Load(DiFixtures.Vcdm2Path), Cryptosuites.EddsaJcs2022);
        signed["@context"]!.AsArray().Insert(1, "https://w3id.org/security/data-integrity/v2");

        var result = await Verify(signed);

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofTransformationFailed);
    }

    [Fact]
    public async Task SignAsync_JcsOverPlainJsonWithoutContext_VerifiesAndAddsNoContext()
    {
        var document = new JsonObject { ["id"] = "urn:example:1", ["claim"] = new JsonArray(1, 2.5, "three") };

        var signed = await Sign(document, Cryptosuites.EddsaJcs2022);
        var result = await Verify(signed);

        result.Verified.Should().BeTrue(Describe(result));
        signed.ContainsKey("@context").Should().BeFalse();
        signed["proof"]!.AsObject().ContainsKey("@context").Should().BeFalse();
    }

    [Fact]
    public async Task SignAsync_RdfcOverPlainJsonWithoutContext_ThrowsUndefinedTerm()
    {
        var document = new JsonObject { ["id"] = "urn:example:1", ["claim"] = "x" };

        var act = () => Sign(document, Cryptosuites.EddsaRdfc2022);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*proof.undefined-term*");
    }

    private static async Task<JsonObject> Sign(JsonObject credential, string suite)
    {
        using var key = DiFixtures.TestKey();
        return await DataIntegrityProofs.SignAsync(credential, key, DiFixtures.TestMethod, new DataIntegrityOptions { Cryptosuite = suite, Created = Created });
    }

    private static Task<DataIntegrityVerificationResult> Verify(JsonObject signed, DataIntegrityVerifyOptions? options = null) =>
        DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver(), options);

    private static string Describe(DataIntegrityVerificationResult result) =>
        string.Join("; ", result.Proofs.Select(p => p.Code + ": " + p.Message));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
