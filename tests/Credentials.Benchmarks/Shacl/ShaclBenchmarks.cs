using Credentials.Proofs.Findings;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Credentials.JsonLd.Processing;
using Credentials.JsonLd.Rdf;
using Credentials.Model.Schema;
using Credentials.Shacl.Elm;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;
using Credentials.Shacl.Vocabularies;
using Credentials.TestKit;
using Credentials.Verifier;
using Credentials.Verifier.Reports;

namespace Credentials.Benchmarks.Shacl;

/// <summary>
/// The official Europass signed Annex I sample verified end to end (unwrap the JAdES envelope, seal, SHACL against
/// edc-generic-full, vocabularies; target ≤ 20 ms), and the SHACL share: JSON-LD to RDF plus validation, validation
/// of ready RDF alone, and the vocabulary lists. Shapes are parsed and compiled once, in setup, as in the service.
/// </summary>
[MemoryDiagnoser]
public class ShaclBenchmarks
{
    private byte[] _signed = null!;
    private CredentialVerifier _verifier = null!;
    private JsonDocument _payload = null!;
    private ShapesGraph _shapes = null!;
    private RdfDataset _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _signed = File.ReadAllBytes(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld"));
        _verifier = new CredentialVerifier(new VerifierOptions(), TimeProvider.System, null, SchemaValidator.ElmMicroCredential);
        using var envelope = JsonDocument.Parse(_signed);
        _payload = JsonDocument.Parse(envelope.RootElement.GetProperty("payload").GetString()!);
        ElmShapeLibrary.Bundled.TryGet("http://data.europa.eu/snb/model/ap/edc-generic-full", out var shapes);
        _shapes = shapes!;
        _data = JsonLdProcessor.ToRdf(_payload.RootElement, new JsonLdOptions());
        var report = _verifier.VerifyAsync(_signed).GetAwaiter().GetResult();
        if (report.Checks.Any(c => c.Outcome == CheckOutcome.Failed) || !ShaclValidator.Validate(_shapes, _data).Conforms)
        {
            throw new InvalidOperationException("the Europass sample should verify without failures and conform");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _payload.Dispose();

    [Benchmark(Baseline = true)]
    public Verdict VerifyEuropassSigned() => _verifier.VerifyAsync(_signed).GetAwaiter().GetResult().Verdict;

    [Benchmark]
    public bool ShaclWithJsonLdToRdf() => ElmShaclValidator.Validate(_payload.RootElement).Report!.Conforms;

    [Benchmark]
    public bool ShaclOnReadyRdf() => ShaclValidator.Validate(_shapes, _data).Conforms;

    [Benchmark]
    public int Vocabularies() => ElmConceptLists.Bundled.Check(_payload.RootElement).Count;
}
