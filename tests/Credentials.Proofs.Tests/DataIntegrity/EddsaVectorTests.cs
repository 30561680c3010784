using Credentials.Proofs.Findings;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;
using Credentials.TestKit;

namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>The W3C vc-di-eddsa test vectors in the shared test data, one case per signed vector file.</summary>
public sealed class EddsaVectorTests
{
    public static TheoryData<string> Vectors()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.InTestData("vc-di-eddsa"), "*.signed.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Vectors_Folder_HoldsBothCryptosuites()
    {
        var names = ((IEnumerable<object[]>)Vectors()).Select(row => (string)row[0]).ToList();

        names.Should().Contain(["alumni.eddsa-rdfc-2022.signed.json", "alumni.eddsa-jcs-2022.signed.json"]);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task VerifyAsync_W3cVector_IsValid(string file)
    {
        var signed = DiFixtures.Load(VectorFile(file));

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver());

        result.Verified.Should().BeTrue(string.Join("; ", result.Proofs.Select(p => p.Code + " " + p.Message)));
        result.Proofs.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = CheckCodes.ProofValid,
            VerificationMethod = DiFixtures.TestMethod,
            Controller = DiFixtures.TestDid,
        });
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task SignAsync_W3cVectorUnsignedWithTestKey_ReproducesProofValueByteForByte(string file)
    {
        var signed = DiFixtures.Load(VectorFile(file));
        var expectedProof = signed["proof"]!.AsObject();
        var unsigned = (JsonObject)signed.DeepClone();
        unsigned.Remove("proof");
        using var key = DiFixtures.TestKey();
        var options = new DataIntegrityOptions
        {
            Cryptosuite = expectedProof["cryptosuite"]!.GetValue<string>(),
            Created = DateTimeOffset.Parse(expectedProof["created"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
        };

        var resigned = await DataIntegrityProofs.SignAsync(unsigned, key, DiFixtures.TestMethod, options);

        resigned["proof"]!["proofValue"]!.GetValue<string>().Should().Be(expectedProof["proofValue"]!.GetValue<string>());
        JsonNode.DeepEquals(resigned, signed).Should().BeTrue("the whole secured document, proof options included, should match the vector");
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task VerifyAsync_W3cVectorTamperedInOneField_IsSignatureInvalid(string file)
    {
        var signed = DiFixtures.Load(VectorFile(file));
        signed["credentialSubject"]!["alumniOf"] = "The School of Counterfeits";

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver());

        result.Verified.Should().BeFalse();
        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofSignatureInvalid);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task VerifyAsync_W3cVectorWithIssuerAsExpectedController_IsControllerMismatch(string file)
    {
        // The vectors' issuer (https://vc.example/issuers/5678) does not control the did:key that signed them.
        var signed = DiFixtures.Load(VectorFile(file));
        var options = new DataIntegrityVerifyOptions { ExpectedController = signed["issuer"]!.GetValue<string>() };

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver(), options);

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofControllerMismatch);
        result.Proofs.Single().Controller.Should().Be(DiFixtures.TestDid);
    }

    [Fact]
    public void TestKey_FromSharedKeyFile_HasThePublishedDidKey()
    {
        using var key = DiFixtures.TestKey();

        key.DidKeyVerificationMethod.Should().Be(DiFixtures.TestMethod);
    }

    private static string VectorFile(string file) => RepositoryPaths.InTestData("vc-di-eddsa", file);
}
