using BenchmarkDotNet.Attributes;
using Credentials.Issuer.Issuing;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Schema;
using Credentials.Proofs.Keys;
using Credentials.TestKit;
using Credentials.Verifier;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Trust;
using NSec.Cryptography;

namespace Credentials.Benchmarks.VcJwt;

/// <summary>
/// Issue one Annex I credential as VC-JWT EdDSA (build + schema-validate + sign), verify it (all checks, offline),
/// the same with no structural verdict remembered, and the raw Ed25519 sign/verify floor. Targets: issue ≤ 150 µs, verify ≤ 250 µs, ≤ 64 KiB allocated.
/// </summary>
[MemoryDiagnoser]
public class VcJwtBenchmarks
{
    private readonly byte[] _message = new byte[1200];
    private CredentialIssuer _issuer = null!;
    private CredentialVerifier _verifier = null!;
    private CredentialVerifier _coldVerifier = null!;
    private MicroCredential _input = null!;
    private string _token = null!;
    private byte[] _tokenBytes = null!;
    private readonly System.Buffers.ArrayBufferWriter<byte> _response = new(64 * 1024);
    private Key _rawKey = null!;
    private byte[] _rawSignature = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = TestKit.Samples.Northern;
        _issuer = new CredentialIssuer(TestKeys.Northern, TimeProvider.System, SchemaValidator.ElmMicroCredential);
        _token = _issuer.Issue(_input).Secured!;
        _tokenBytes = System.Text.Encoding.UTF8.GetBytes(_token);
        _verifier = new CredentialVerifier(
            new VerifierOptions { TrustedIssuers = TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)) },
            TimeProvider.System,
            null,
            SchemaValidator.ElmMicroCredential);
        _coldVerifier = new CredentialVerifier(
            new VerifierOptions { TrustedIssuers = TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)), StructureMemory = null },
            TimeProvider.System,
            null,
            SchemaValidator.ElmMicroCredential);
        if (_verifier.VerifyAsync(_token).GetAwaiter().GetResult().Verdict != Verdict.Verified
            || _coldVerifier.VerifyAsync(_token).GetAwaiter().GetResult().Verdict != Verdict.Verified)
        {
            throw new InvalidOperationException("the benchmark credential does not verify");
        }

        _rawKey = Key.Create(SignatureAlgorithm.Ed25519);
        _rawSignature = SignatureAlgorithm.Ed25519.Sign(_rawKey, _message);
    }

    [GlobalCleanup]
    public void Cleanup() => _rawKey.Dispose();

    [Benchmark]
    public string Issue() => _issuer.Issue(_input).Secured!;

    [Benchmark]
    public Verdict Verify() => _verifier.VerifyAsync(_token).GetAwaiter().GetResult().Verdict;

    /// <summary>The same, handed in as the UTF-8 bytes a request body or a file gives (read in place, no string of the token).</summary>
    [Benchmark]
    public Verdict VerifyBytes() => _verifier.VerifyAsync(_tokenBytes).GetAwaiter().GetResult().Verdict;

    /// <summary>What <c>POST /credentials/verify</c> does with it: verify the bytes, then write the JSON report with its content.</summary>
    [Benchmark]
    public int VerifyBytesReportJson()
    {
        var report = _verifier.VerifyAsync(_tokenBytes).GetAwaiter().GetResult();
        _response.ResetWrittenCount();
        using (var writer = new System.Text.Json.Utf8JsonWriter(_response))
        {
            ReportJson.Write(report, "en").WriteTo(writer);
        }

        return _response.WrittenCount;
    }

    /// <summary>The same, the report written by <see cref="ReportJsonWriter"/> instead of as a JSON tree (the same bytes).</summary>
    [Benchmark]
    public int VerifyBytesReportWriter()
    {
        var report = _verifier.VerifyAsync(_tokenBytes).GetAwaiter().GetResult();
        _response.ResetWrittenCount();
        using (var writer = new System.Text.Json.Utf8JsonWriter(_response))
        {
            ReportJsonWriter.Write(writer, report, "en");
        }

        return _response.WrittenCount;
    }

    /// <summary>The same credential as if never seen: no structural verdict remembered (a new learner's credential costs this).</summary>
    [Benchmark]
    public Verdict VerifyNeverSeen() => _coldVerifier.VerifyAsync(_token).GetAwaiter().GetResult().Verdict;

    [Benchmark(Baseline = true)]
    public byte[] RawEd25519Sign() => SignatureAlgorithm.Ed25519.Sign(_rawKey, _message);

    [Benchmark]
    public bool RawEd25519Verify() => SignatureAlgorithm.Ed25519.Verify(_rawKey.PublicKey, _message, _rawSignature);
}
