using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.JsonLd.Canonicalization;
using Credentials.JsonLd.Loading;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;

namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>Both ways against Digital Bazaar's vc, eddsa cryptosuites, jsonld and canonicalize (tests/interop).</summary>
public sealed class InteropTests
{
    private static readonly DateTimeOffset Created = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string> SuitesAndCredentials()
    {
        var data = new TheoryData<string, string>();
        foreach (var suite in new[] { Cryptosuites.EddsaRdfc2022, Cryptosuites.EddsaJcs2022 })
        {
            data.Add(suite, "vcdm2");
            data.Add(suite, "elm");
        }

        return data;
    }

    [InteropTheory]
    [MemberData(nameof(SuitesAndCredentials))]
    public async Task SignAsync_OurProof_VerifiesInDigitalBazaarVc(string suite, string credential)
    {
        using var key = DiFixtures.TestKey();
        var signed = await DataIntegrityProofs.SignAsync(Credential(credential), key, DiFixtures.TestMethod, new DataIntegrityOptions { Cryptosuite = suite, Created = Created });

        var verdict = JsonNode.Parse(NodeOracle.Run("verify", signed.ToJsonString()))!;

        verdict["verified"]!.GetValue<bool>().Should().BeTrue(verdict["errors"]!.ToJsonString());
    }

    [InteropTheory]
    [MemberData(nameof(SuitesAndCredentials))]
    public async Task SignAsync_OurProofTampered_FailsInDigitalBazaarVc(string suite, string credential)
    {
        using var key = DiFixtures.TestKey();
        var signed = await DataIntegrityProofs.SignAsync(Credential(credential), key, DiFixtures.TestMethod, new DataIntegrityOptions { Cryptosuite = suite, Created = Created });
        signed["id"] = "urn:uuid:00000000-0000-0000-0000-000000000000";

        var verdict = JsonNode.Parse(NodeOracle.Run("verify", signed.ToJsonString()))!;

        verdict["verified"]!.GetValue<bool>().Should().BeFalse();
    }

    [InteropTheory]
    [MemberData(nameof(SuitesAndCredentials))]
    public async Task VerifyAsync_DigitalBazaarProof_VerifiesHereAndEqualsOurs(string suite, string credential)
    {
        var unsigned = Credential(credential);
        var keyFile = DiFixtures.KeyFile();
        var request = new JsonObject
        {
            ["credential"] = unsigned.DeepClone(),
            ["cryptosuite"] = suite,
            ["publicKeyMultibase"] = keyFile["publicKeyMultibase"]!.DeepClone(),
            ["secretKeyMultibase"] = keyFile["secretKeyMultibase"]!.DeepClone(),
            ["created"] = "2025-06-01T12:00:00Z",
        };
        using var key = DiFixtures.TestKey();
        var ours = await DataIntegrityProofs.SignAsync(unsigned, key, DiFixtures.TestMethod, new DataIntegrityOptions { Cryptosuite = suite, Created = Created });

        var theirs = JsonNode.Parse(NodeOracle.Run("sign", request.ToJsonString()))!.AsObject();
        var result = await DataIntegrityProofs.VerifyAsync(JsonSerializer.SerializeToElement(theirs), new DidResolver(), new DataIntegrityVerifyOptions { ExpectedController = DiFixtures.TestDid });

        result.Verified.Should().BeTrue(string.Join("; ", result.Proofs.Select(p => p.Code + ": " + p.Message)));
        theirs["proof"]!["proofValue"]!.GetValue<string>().Should().Be(ours["proof"]!["proofValue"]!.GetValue<string>(), "Ed25519 is deterministic and both sides sign the same bytes");
    }

    public static TheoryData<string> CanonicalizationInputs => new() { "vcdm2", "elm", "rdfc-vector" };

    [InteropTheory]
    [MemberData(nameof(CanonicalizationInputs))]
    public void Canonical_RdfcNQuads_EqualJsonldAndRdfCanonize(string credential)
    {
        var document = credential == "rdfc-vector" ? DiFixtures.Load(DiFixtures.VectorPath(Cryptosuites.EddsaRdfc2022)) : Credential(credential);

        var ours = ProofHasher.Canonical(Cryptosuites.EddsaRdfc2022, document, BundledContexts.Loader);
        var theirs = NodeOracle.Run("canon", document.ToJsonString());

        ours.Should().Be(theirs);
        ours.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeGreaterThan(10);
    }

    [InteropTheory]
    [MemberData(nameof(CanonicalizationInputs))]
    public async Task Canonical_RdfcProofConfiguration_EqualsJsonldAndRdfCanonize(string credential)
    {
        using var key = DiFixtures.TestKey();
        var document = credential == "rdfc-vector"
            ? DiFixtures.Load(DiFixtures.VectorPath(Cryptosuites.EddsaRdfc2022))
            : await DataIntegrityProofs.SignAsync(Credential(credential), key, DiFixtures.TestMethod, new DataIntegrityOptions { Created = Created });
        var proofConfig = document["proof"]!.DeepClone().AsObject();
        proofConfig.Remove("proofValue");
        proofConfig["@context"] = document["@context"]!.DeepClone();

        var ours = ProofHasher.Canonical(Cryptosuites.EddsaRdfc2022, proofConfig, BundledContexts.Loader);
        var theirs = NodeOracle.Run("canon", proofConfig.ToJsonString());

        ours.Should().Be(theirs);
        ours.Should().Contain("<https://w3id.org/security#cryptosuite> \"eddsa-rdfc-2022\"^^<https://w3id.org/security#cryptosuiteString>");
    }

    public static TheoryData<string> JcsInputs()
    {
        var data = new TheoryData<string> { "vcdm2", "elm", "jcs-vector", "numbers", "strings" };
        return data;
    }

    [InteropTheory]
    [MemberData(nameof(JcsInputs))]
    public void Canonicalize_Jcs_EqualsNpmCanonicalize(string input)
    {
        JsonNode document = input switch
        {
            "jcs-vector" => DiFixtures.Load(DiFixtures.VectorPath(Cryptosuites.EddsaJcs2022)),
            "numbers" => Numbers(),
            "strings" => Strings(),
            _ => Credential(input),
        };

        var ours = System.Text.Encoding.UTF8.GetString(Jcs.Canonicalize(document));
        var theirs = NodeOracle.Run("jcs", document.ToJsonString());

        ours.Should().Be(theirs);
    }

    private static JsonObject Credential(string name) => name switch
    {
        "vcdm2" => DiFixtures.Load(DiFixtures.Vcdm2Path),
        "elm" => DiFixtures.ElmCredential(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static JsonArray Numbers()
    {
        // Doubles from all magnitudes, from a fixed seed so that a failure can be reproduced.
        var random = new Random(8785);
        var numbers = new JsonArray();
        Span<byte> bits = stackalloc byte[8];
        while (numbers.Count < 2000)
        {
            random.NextBytes(bits);
            var value = BitConverter.ToDouble(bits);
            if (double.IsFinite(value))
            {
                numbers.Add(value);
            }
        }

        for (var i = 0; i < 200; i++)
        {
            numbers.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-8, 24)), random.Next(0, 8)));
        }

        return numbers;
    }

    private static JsonObject Strings()
    {
        var result = new JsonObject();
        for (var c = 0; c < 0x80; c++)
        {
            result["k" + ((char)c)] = "v" + (char)c + "\u00e9\u2028\ud83d\ude00";
        }

        result["\ufb33"] = "dalet";
        result["\ud83d\ude00"] = "emoji";
        result["\ue000"] = "private use";
        return result;
    }
}
