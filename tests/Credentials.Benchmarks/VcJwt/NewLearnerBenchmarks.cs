using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Credentials.JsonLd.Processing;
using Credentials.JsonLd.Rdf;
using Credentials.Model.Schema;
using Credentials.Shacl.Elm;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;
using Credentials.TestKit;
using Credentials.Verifier;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Trust;
using NSec.Cryptography;

namespace Credentials.Benchmarks.VcJwt;

/// <summary>
/// Credentials of a known course for learners never seen before (issue 19 item 2): <see cref="Learners"/> VC-JWTs of
/// one course that differ in the learner, the ids and the dates, each verified once per iteration after a warm-up
/// with another learner (every iteration starts from a fresh structural memory that holds only that one, so each
/// verification is a first look at its bytes). In the same run: the same credentials with no structural memory, the
/// SHACL step alone over the ready RDF, the JSON-LD to RDF step alone, and the raw Ed25519 verify.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Learners)]
public class NewLearnerBenchmarks
{
    private const int Learners = 256;
    private readonly byte[] _message = new byte[1200];
    private string[] _tokens = null!;
    private JsonElement[] _credentials = null!;
    private RdfDataset[] _rdf = null!;
    private ShapesGraph _shapes = null!;
    private string _warmUp = null!;
    private VerifierOptions _options = null!;
    private CredentialVerifier _remembering = null!;
    private CredentialVerifier _plain = null!;
    private Key _rawKey = null!;
    private byte[] _rawSignature = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _warmUp = CourseLearners.Jwt(0);
        _tokens = Enumerable.Range(1, Learners).Select(CourseLearners.Jwt).ToArray();
        _credentials = Enumerable.Range(0, Learners + 1).Select(n => JsonSerializer.SerializeToElement(CourseLearners.Elm(n))).ToArray();
        _rdf = _credentials.Select(c => JsonLdProcessor.ToRdf(c, new JsonLdOptions())).ToArray();
        ElmShapeLibrary.Bundled.TryGet(ElmProfiles.GenericFull, out var shapes);
        _shapes = shapes!;
        _options = new VerifierOptions { TrustedIssuers = TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)) };
        _plain = Verifier(_options with { StructureMemory = null });
        if (_plain.VerifyAsync(_tokens[^1]).GetAwaiter().GetResult().Verdict != Verdict.Verified)
        {
            throw new InvalidOperationException("the benchmark credentials do not verify");
        }

        _rawKey = Key.Create(SignatureAlgorithm.Ed25519);
        _rawSignature = SignatureAlgorithm.Ed25519.Sign(_rawKey, _message);
    }

    [IterationSetup]
    public void FreshMemory()
    {
        _remembering = Verifier(_options with { StructureMemory = new StructureMemory() });
        _remembering.VerifyAsync(_warmUp).GetAwaiter().GetResult();
        _next = 0;
    }

    [GlobalCleanup]
    public void Cleanup() => _rawKey.Dispose();

    /// <summary>A new learner of the known course: the credential's bytes are new, so every structural check runs.</summary>
    [Benchmark]
    public Verdict VerifyNewLearnerKnownCourse() => _remembering.VerifyAsync(_tokens[_next++ % Learners]).GetAwaiter().GetResult().Verdict;

    /// <summary>The same credentials with no structural memory at all: today's full check.</summary>
    [Benchmark]
    public Verdict VerifyNoMemory() => _plain.VerifyAsync(_tokens[_next++ % Learners]).GetAwaiter().GetResult().Verdict;

    /// <summary>SHACL over the ready RDF of a new learner.</summary>
    [Benchmark]
    public bool ShaclNewLearnerPlain() => ShaclValidator.Validate(_shapes, _rdf[1 + (_next++ % Learners)]).Conforms;

    /// <summary>JSON-LD to RDF of a new learner's credential (the bundled contexts, processed once per process).</summary>
    [Benchmark]
    public int JsonLdToRdf() => JsonLdProcessor.ToRdf(_credentials[1 + (_next++ % Learners)], new JsonLdOptions()).Count;

    [Benchmark(Baseline = true)]
    public bool RawEd25519Verify() => SignatureAlgorithm.Ed25519.Verify(_rawKey.PublicKey, _message, _rawSignature);

    private static CredentialVerifier Verifier(VerifierOptions options) =>
        new(options, TimeProvider.System, null, SchemaValidator.ElmMicroCredential);
}
