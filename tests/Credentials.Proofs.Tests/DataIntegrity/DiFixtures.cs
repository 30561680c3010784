using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;
using Credentials.TestKit;
using SimpleBase;

namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>The spec's test key, the W3C vectors and our sample credentials.</summary>
internal static class DiFixtures
{
    public const string TestDid = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    public const string TestMethod = TestDid + "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public static string VectorPath(string suite) => RepositoryPaths.InTestData("vc-di-eddsa", $"alumni.{suite}.signed.json");

    public static string Vcdm2Path => RepositoryPaths.InRepo("tests", "Credentials.Proofs.Tests", "DataIntegrity", "TestData", "vcdm2-micro-credential.json");

    public static string ElmPath => RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld");

    public static JsonObject Load(string path) => (JsonObject)JsonNode.Parse(File.ReadAllText(path), documentOptions: Strict)!;

    public static JsonElement Element(JsonNode node) => JsonSerializer.SerializeToElement(node);

    public static JsonObject KeyFile() => Load(RepositoryPaths.InTestData("vc-di-eddsa", "test-key.multikey.secret.json"));

    /// <summary>The spec's test key pair from its Multikey form (ed25519-priv multicodec 0x8026 + 32-byte seed).</summary>
    public static SigningKey TestKey()
    {
        var file = KeyFile();
        var secret = Base58.Bitcoin.Decode(file["secretKeyMultibase"]!.GetValue<string>().AsSpan(1));
        var publicKey = Base58.Bitcoin.Decode(file["publicKeyMultibase"]!.GetValue<string>().AsSpan(1));
        secret.Take(2).Should().Equal((byte)0x80, (byte)0x26);
        var jwk = new Jwk
        {
            Kty = "OKP",
            Crv = "Ed25519",
            X = Base64Url.EncodeToString(publicKey.AsSpan(2)),
            D = Base64Url.EncodeToString(secret.AsSpan(2)),
        };
        return SigningKey.FromPrivateJwk(jwk);
    }

    /// <summary>The ELM Annex I sample issued by the test key's did:key (so the issuer controls the key), with issuanceDate.</summary>
    public static JsonObject ElmCredential()
    {
        var elm = Load(ElmPath);
        elm["issuer"]!["id"] = TestDid;

        // VCDM 1.1 §4.6 requires issuanceDate, which the sample leaves out (it has validFrom and issued).
        elm["issuanceDate"] ??= elm["validFrom"]!.DeepClone();
        return elm;
    }
}
