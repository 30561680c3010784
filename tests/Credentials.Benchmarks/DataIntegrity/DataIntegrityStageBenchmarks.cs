using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Credentials.JsonLd.Canonicalization;
using Credentials.JsonLd.Processing;
using Credentials.JsonLd.Rdf;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Keys;

namespace Credentials.Benchmarks.DataIntegrity;

/// <summary>Where the Data Integrity time goes: JSON-LD toRdf, RDFC-1.0, JCS, SHA-256 and Ed25519 on their own.</summary>
[MemoryDiagnoser]
public class DataIntegrityStageBenchmarks
{
    private static readonly JsonLdOptions SafeMode = new() { SafeMode = true };
    private SigningKey _key = null!;
    private JsonElement _document;
    private RdfDataset _dataset = null!;
    private byte[] _nquads = [];

    /// <summary>vcdm2: about 1.2 KB; elm: the ELM Annex I sample.</summary>
    [Params("vcdm2", "elm")]
    public string Credential { get; set; } = "vcdm2";

    /// <summary>Prepares the inputs of each stage.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _key = SigningKey.Generate(KeyType.Ed25519);
        var credential = BenchmarkCredentials.Load(Credential, _key.DidKey);
        if (Credential == "elm")
        {
            credential["@context"]!.AsArray().Add("https://w3id.org/security/data-integrity/v2");
        }

        _document = JsonSerializer.SerializeToElement(credential);
        _dataset = ToRdf();
        _nquads = Encoding.UTF8.GetBytes(RdfCanonicalizer.ToCanonicalNQuads(_dataset));
    }

    /// <summary>Releases the key.</summary>
    [GlobalCleanup]
    public void Cleanup() => _key.Dispose();

    /// <summary>JSON-LD expansion and toRdf in safe mode.</summary>
    [Benchmark]
    public RdfDataset ToRdf() => JsonLdProcessor.ToRdf(_document, SafeMode);

    /// <summary>RDFC-1.0 over the dataset.</summary>
    [Benchmark]
    public string Rdfc() => RdfCanonicalizer.ToCanonicalNQuads(_dataset);

    /// <summary>RFC 8785 over the JSON.</summary>
    [Benchmark]
    public byte[] JcsCanonicalize() => Jcs.Canonicalize(_document);

    /// <summary>SHA-256 of the canonical N-Quads.</summary>
    [Benchmark]
    public byte[] Sha256() => SHA256.HashData(_nquads);

    /// <summary>Ed25519 over the 64-byte hash data.</summary>
    [Benchmark]
    public byte[] Ed25519Sign() => _key.Sign(_nquads.AsSpan(0, 64));
}
