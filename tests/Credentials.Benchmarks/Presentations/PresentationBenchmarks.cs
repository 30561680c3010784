using BenchmarkDotNet.Attributes;
using Credentials.Issuer.Issuing;
using Credentials.Model.Schema;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Keys;
using Credentials.Proofs.Presentations;
using Credentials.TestKit;
using Credentials.Verifier;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Trust;

namespace Credentials.Benchmarks.Presentations;

/// <summary>
/// A holder presents the Northern Annex I VC-JWT: sign and verify (presentation checks plus the embedded credential's
/// full verification) as a VP-JWT and with eddsa-jcs-2022. No target is set; the credential's own verification is the
/// floor (see VcJwtBenchmarks).
/// </summary>
[MemoryDiagnoser]
public class PresentationBenchmarks
{
    private const string Challenge = "bench-challenge";
    private SigningKey _holder = null!;
    private System.Text.Json.Nodes.JsonObject _unsigned = null!;
    private PresentationVerifier _verifier = null!;
    private string _jwt = null!;
    private string _jcs = null!;

    /// <summary>Issues the credential, builds and signs both presentations, and checks that they verify.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // The holder must be the credential's subject (presentation.holder-not-subject otherwise): the sample's learner.
        _holder = TestKeys.Learner;
        var issuer = new CredentialIssuer(TestKeys.Northern, TimeProvider.System, SchemaValidator.ElmMicroCredential);
        var credential = issuer.Issue(TestKit.Samples.Northern).Secured!;
        _unsigned = PresentationBuilder.Build([credential], _holder.DidKey, PresentationVersion.DataModel11, "urn:uuid:0a1b2c3d-0000-4000-8000-000000000001");
        var credentials = new CredentialVerifier(
            new VerifierOptions { TrustedIssuers = TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)) },
            TimeProvider.System,
            null,
            SchemaValidator.ElmMicroCredential);
        _verifier = new PresentationVerifier(credentials, TimeProvider.System);
        _jwt = SignJwt();
        _jcs = SignJcsAsync().GetAwaiter().GetResult();
        foreach (var presentation in new[] { _jwt, _jcs })
        {
            var report = _verifier.VerifyAsync(presentation, new PresentationExpectations(Challenge)).GetAwaiter().GetResult();
            if (report.Verdict != Verdict.Verified)
            {
                throw new InvalidOperationException("the benchmark presentation does not verify: " + System.Text.Json.JsonSerializer.Serialize(report));
            }
        }
    }

    /// <summary>Sign a VP-JWT.</summary>
    [Benchmark]
    public string SignJwt() => PresentationSigner.SignJwt(_unsigned, _holder, _holder.DidKeyVerificationMethod, Challenge, null, TimeProvider.System);

    /// <summary>Sign with eddsa-jcs-2022.</summary>
    [Benchmark]
    public async Task<string> SignJcsAsync() =>
        (await PresentationSigner.SignDataIntegrityAsync(_unsigned, _holder, _holder.DidKeyVerificationMethod, Cryptosuites.EddsaJcs2022, Challenge, null, TimeProvider.System).ConfigureAwait(false)).ToJsonString();

    /// <summary>Verify the VP-JWT and its credential.</summary>
    [Benchmark]
    public Task<PresentationReport> VerifyJwtAsync() => _verifier.VerifyAsync(_jwt, new PresentationExpectations(Challenge));

    /// <summary>Verify the eddsa-jcs-2022 presentation and its credential.</summary>
    [Benchmark]
    public Task<PresentationReport> VerifyJcsAsync() => _verifier.VerifyAsync(_jcs, new PresentationExpectations(Challenge));
}
