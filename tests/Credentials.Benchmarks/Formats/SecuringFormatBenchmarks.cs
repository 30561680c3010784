using Credentials.Proofs.Findings;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using Credentials.Issuer.Issuing;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Schema;
using Credentials.Proofs.Jades;
using Credentials.TestKit;
using Credentials.Verifier;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Trust;
using NSec.Cryptography;

namespace Credentials.Benchmarks.Formats;

/// <summary>
/// Issue and verify the same Annex I credential (the Northern sample) in every securing format the product issues,
/// through <see cref="CredentialIssuer.IssueAsync"/> and <see cref="CredentialVerifier"/> (all checks, offline), with
/// the raw NSec Ed25519 verify of a 1,200-byte message as the floor, in one run so the ratios compare. VC-JWT, the
/// formats' cost side by side: <c>eddsa-rdfc-2022</c> and <c>eddsa-jcs-2022</c> Data Integrity, a JAdES seal (P-256,
/// TEST-ONLY self-signed certificate configured as the trust anchor). Presentations: <c>PresentationBenchmarks</c>.
/// </summary>
[MemoryDiagnoser]
public class SecuringFormatBenchmarks
{
    private readonly byte[] _message = new byte[1200];
    private CredentialIssuer _issuer = null!;
    private CredentialVerifier _verifier = null!;
    private MicroCredential _input = null!;
    private X509Certificate2 _sealCertificate = null!;
    private JadesSigningKey _seal = null!;
    private string _jwt = null!;
    private string _rdfc = null!;
    private string _jcs = null!;
    private string _jades = null!;
    private Key _rawKey = null!;
    private byte[] _rawSignature = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = TestKit.Samples.Northern;
        _issuer = new CredentialIssuer(TestKeys.Northern, TimeProvider.System, SchemaValidator.ElmMicroCredential);
        _sealCertificate = TestSealCertificate.Create("Northern University of Technology", "NTRFI-1234567-8", "FI", TimeProvider.System);
        _seal = JadesSigningKey.FromCertificate(_sealCertificate);
        _verifier = new CredentialVerifier(
            new VerifierOptions
            {
                TrustedIssuers = TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)),
                SealTrustAnchors = [X509CertificateLoader.LoadCertificate(_sealCertificate.RawData)],
            },
            TimeProvider.System,
            null,
            SchemaValidator.ElmMicroCredential);
        _jwt = IssueJwt();
        _rdfc = IssueRdfc();
        _jcs = IssueJcs();
        _jades = IssueJades();
        foreach (var (name, secured) in new[] { ("VC-JWT", _jwt), ("eddsa-rdfc-2022", _rdfc), ("eddsa-jcs-2022", _jcs), ("JAdES", _jades) })
        {
            var report = _verifier.VerifyAsync(secured).GetAwaiter().GetResult();
            if (report.Checks.Any(c => c.Check == "proof" && c.Outcome != CheckOutcome.Passed))
            {
                throw new InvalidOperationException($"the {name} credential's proof does not verify: {string.Join("; ", report.Problems.Select(p => p.Code))}");
            }
        }

        _rawKey = Key.Create(SignatureAlgorithm.Ed25519);
        _rawSignature = SignatureAlgorithm.Ed25519.Sign(_rawKey, _message);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _rawKey.Dispose();
        _seal.Dispose();
        _sealCertificate.Dispose();
    }

    [Benchmark(Baseline = true)]
    public bool RawEd25519Verify() => SignatureAlgorithm.Ed25519.Verify(_rawKey.PublicKey, _message, _rawSignature);

    [Benchmark]
    public string IssueJwt() => Issue(SecuringFormat.Jwt);

    [Benchmark]
    public Verdict VerifyJwt() => Verify(_jwt);

    [Benchmark]
    public string IssueRdfc() => Issue(SecuringFormat.DataIntegrityRdfc);

    [Benchmark]
    public Verdict VerifyRdfc() => Verify(_rdfc);

    [Benchmark]
    public string IssueJcs() => Issue(SecuringFormat.DataIntegrityJcs);

    [Benchmark]
    public Verdict VerifyJcs() => Verify(_jcs);

    [Benchmark]
    public string IssueJades() => Issue(SecuringFormat.Jades);

    [Benchmark]
    public Verdict VerifyJades() => Verify(_jades);

    private string Issue(SecuringFormat format) =>
        _issuer.IssueAsync(_input, format, format == SecuringFormat.Jades ? _seal : null).GetAwaiter().GetResult().Secured
        ?? throw new InvalidOperationException(format + " did not issue");

    private Verdict Verify(string secured) => _verifier.VerifyAsync(secured).GetAwaiter().GetResult().Verdict;
}
