using System.Text;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Presentations;
using Credentials.Proofs.VcJwt;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.TestKit.Fuzzing;

/// <summary>
/// What the fuzzer mutates: every file of <c>samples/valid</c> and <c>samples/invalid</c> (read at run time, so a new
/// sample is fuzzed without a code change), the sealed Europass sample (JAdES), and credentials and presentations in
/// the other formats made with the TEST-ONLY keys: Data Integrity (both suites), VC-JOSE <c>vc+jwt</c>, VP-JWT and a
/// Data Integrity presentation, and an SD-JWT VC with and without a key binding.
/// </summary>
public static class FuzzCorpus
{
    /// <summary>The challenge the presentation seeds answer.</summary>
    public const string Challenge = "fuzz-challenge-0001";

    private static readonly Lazy<IReadOnlyList<FuzzSeed>> LazyAll = new(Load);

    /// <summary>Every seed.</summary>
    public static IReadOnlyList<FuzzSeed> All => LazyAll.Value;

    /// <summary>A seed by name.</summary>
    public static FuzzSeed Named(string name) => All.Single(s => s.Name == name);

    private static List<FuzzSeed> Load()
    {
        var files = Directory.EnumerateFiles(Samples.ValidFolder)
            .Concat(Directory.EnumerateFiles(Samples.InvalidFolder))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new FuzzSeed(Path.GetFileName(f), File.ReadAllBytes(f), false))
            .ToList();
        files.Add(new FuzzSeed("Sample-MC-Annex1-signed.jsonld", File.ReadAllBytes(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld")), false));

        var northern = TestKeys.Northern;
        var elm = TestCredentials.Elm(Samples.Northern, northern);
        var elmJwt = TestCredentials.Jwt(elm, northern);
        string Di(string suite) => DataIntegrityProofs.SignAsync(elm, northern.Key, northern.KeyId, new DataIntegrityOptions { Cryptosuite = suite, Created = Samples.IssuedAt })
            .GetAwaiter().GetResult().ToJsonString();
        var vcdm2 = new System.Text.Json.Nodes.JsonObject
        {
            ["@context"] = new System.Text.Json.Nodes.JsonArray(PresentationContexts.V2),
            ["id"] = "urn:uuid:5b0f3a52-2f7e-4a8e-9a0b-6c1d2e3f4a5b",
            ["type"] = new System.Text.Json.Nodes.JsonArray("VerifiableCredential"),
            ["issuer"] = northern.Did,
            ["validFrom"] = "2026-06-15T12:00:00Z",
            ["credentialSubject"] = new System.Text.Json.Nodes.JsonObject { ["id"] = TestKeys.Learner.DidKey, ["name"] = "Siiri Aijala" },
        };
        var clock = new FakeTimeProvider(Samples.IssuedAt);
        var learner = TestKeys.Learner;
        var presentation = PresentationBuilder.Build([elmJwt], learner.DidKey, PresentationBuilder.VersionFor([elmJwt]), "urn:uuid:0a1b2c3d-0000-4000-8000-000000000001");
        var diPresentation = PresentationSigner.SignDataIntegrityAsync(presentation, learner, learner.DidKeyVerificationMethod, Cryptosuites.EddsaJcs2022, Challenge, null, clock)
            .GetAwaiter().GetResult().ToJsonString();

        files.Add(Text("fixture-di-rdfc.json", Di(Cryptosuites.EddsaRdfc2022)));
        files.Add(Text("fixture-di-jcs.json", Di(Cryptosuites.EddsaJcs2022)));
        files.Add(Text("fixture-vc-jose.jwt", new VcJwtSigner(northern.Key, northern.KeyId).SignJose(vcdm2)));
        files.Add(Text("fixture-vp.jwt", PresentationSigner.SignJwt(presentation, learner, learner.DidKeyVerificationMethod, Challenge, null, clock), presentation: true));
        files.Add(Text("fixture-vp-di.json", diPresentation, presentation: true));

        // Issue 20: an SD-JWT VC as issued (every disclosure, no key binding) and as presented (two disclosures, KB-JWT).
        var sdJwt = new Issuer.Wallet.SdJwtVcIssuer(northern, new Issuer.Wallet.WalletUrls("https://credentials.example"), clock).IssueAsync(new Issuer.Wallet.WalletIssueRequest(
            "urn:uuid:00000000-0000-4000-8000-000000000001",
            northern.Did,
            elm,
            [new Model.Registry.StatusAllocation(Model.Status.StatusPurpose.Revocation, 3, 17)],
            learner.PublicJwk.ToJson())).GetAwaiter().GetResult().Compact;
        files.Add(Text("fixture-sd-jwt-vc.txt", sdJwt));
        files.Add(Text("fixture-sd-jwt-vc-kb.txt", Proofs.SdJwt.SdJwtPresenter.Present(sdJwt, ["given_name", "grade"], learner, "https://verifier.example", Challenge, Samples.IssuedAt)));
        return files;
    }

    private static FuzzSeed Text(string name, string text, bool presentation = false) => new(name, Encoding.UTF8.GetBytes(text), presentation);
}
