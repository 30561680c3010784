using System.Buffers.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Keys;
using Credentials.Proofs.Presentations;
using Credentials.Proofs.VcJwt;
using Credentials.TestKit;
using Credentials.Verifier.Presentations;
using Microsoft.Extensions.Time.Testing;
using SimpleBase;

namespace Credentials.Verifier.Tests.Presentations;

/// <summary>A holder (the sample learner's TEST-ONLY did:key), credentials issued by the TEST-ONLY Northern University key, and helpers.</summary>
internal static class PresentationFixture
{
    public const string Challenge = "c0ffee-7a1b-4e2d";
    public const string Domain = "https://employer.example";

    public static readonly DateTimeOffset Now = new(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SigningKey> LazyHolder = new(() => TestKeys.Learner);
    private static readonly Lazy<SigningKey> LazyStranger = new(() => SigningKey.Generate(KeyType.Ed25519));
    private static readonly Lazy<string> LazyElmJwt = new(() => TestCredentials.Jwt(ElmDocument(), TestKeys.Northern));

    public static SigningKey Holder => LazyHolder.Value;

    public static SigningKey Stranger => LazyStranger.Value;

    public static string HolderDid => Holder.DidKey;

    public static TimeProvider Clock { get; } = new FakeTimeProvider(Now);

    /// <summary>The Northern sample as a VC-JWT (VC Data Model 1.1).</summary>
    public static string ElmJwt => LazyElmJwt.Value;

    public static JsonObject ElmDocument() => TestCredentials.Elm(TestKit.Samples.Northern, TestKeys.Northern);

    /// <summary>The Northern sample with a Data Integrity proof (VC Data Model 1.1).</summary>
    public static async Task<string> ElmDiAsync(string suite = Cryptosuites.EddsaRdfc2022) =>
        (await DataIntegrityProofs.SignAsync(ElmDocument(), TestKeys.Northern.Key, TestKeys.Northern.KeyId, new DataIntegrityOptions { Cryptosuite = suite, Created = TestKit.Samples.IssuedAt })).ToJsonString();

    /// <summary>A small VC Data Model 2.0 credential by Northern University for the holder.</summary>
    public static JsonObject Vcdm2Document() => new()
    {
        ["@context"] = new JsonArray(PresentationContexts.V2, "https://www.w3.org/ns/credentials/examples/v2"),
        ["id"] = "urn:uuid:5b0f3a52-2f7e-4a8e-9a0b-6c1d2e3f4a5b",
        ["type"] = new JsonArray("VerifiableCredential", "ExampleAchievementCredential"),
        ["issuer"] = TestKeys.Northern.Did,
        ["validFrom"] = "2026-06-15T12:00:00Z",
        ["credentialSubject"] = new JsonObject { ["id"] = HolderDid, ["name"] = "Siiri Aijala" },
    };

    public static async Task<string> Vcdm2DiAsync(string suite = Cryptosuites.EddsaRdfc2022) =>
        (await DataIntegrityProofs.SignAsync(Vcdm2Document(), TestKeys.Northern.Key, TestKeys.Northern.KeyId, new DataIntegrityOptions { Cryptosuite = suite, Created = TestKit.Samples.IssuedAt })).ToJsonString();

    public static string Vcdm2Jose() => new VcJwtSigner(TestKeys.Northern.Key, TestKeys.Northern.KeyId).SignJose(Vcdm2Document());

    public static JsonObject Build(params string[] credentials) =>
        PresentationBuilder.Build(credentials, HolderDid, PresentationBuilder.VersionFor(credentials), "urn:uuid:0a1b2c3d-0000-4000-8000-000000000001");

    public static Task<JsonObject> SignDiAsync(JsonObject presentation, string suite = Cryptosuites.EddsaRdfc2022, string challenge = Challenge, string? domain = Domain, SigningKey? key = null) =>
        PresentationSigner.SignDataIntegrityAsync(presentation, key ?? Holder, (key ?? Holder).DidKeyVerificationMethod, suite, challenge, domain, Clock);

    public static string SignJwt(JsonObject presentation, string challenge = Challenge, string? domain = Domain, SigningKey? key = null) =>
        PresentationSigner.SignJwt(presentation, key ?? Holder, (key ?? Holder).DidKeyVerificationMethod, challenge, domain, Clock);

    public static PresentationVerifier NewVerifier(PresentationVerifierOptions? options = null) =>
        new(VerifierFactory.Create(Clock), Clock, TestKeys.DidDocuments, options);

    public static PresentationExpectations Expected(string? challenge = Challenge, string? domain = Domain, bool requireHolderBinding = true) => new(challenge, domain, requireHolderBinding);

    /// <summary>The holder key in Multikey form (ed25519-priv multicodec 0x8026 + seed), for the npm oracle.</summary>
    public static (string PublicKeyMultibase, string SecretKeyMultibase) HolderMultikey()
    {
        var seed = Base64Url.DecodeFromChars(Holder.PrivateJwk.D!);
        return (HolderDid["did:key:".Length..], "z" + Base58.Bitcoin.Encode([0x80, 0x26, .. seed]));
    }
}
