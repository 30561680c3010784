using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Keys;

namespace Credentials.Benchmarks.DataIntegrity;

/// <summary>Canonicalize + sign and canonicalize + verify with both EdDSA cryptosuites (issue 6 targets).</summary>
[MemoryDiagnoser]
public class DataIntegrityBenchmarks
{
    private readonly DidResolver _resolver = new();
    private SigningKey _key = null!;
    private JsonObject _credential = null!;
    private JsonElement _signed;
    private DataIntegrityOptions _options = null!;
    private DataIntegrityVerifyOptions _verifyOptions = null!;

    /// <summary>vcdm2: about 1.2 KB; elm: the ELM Annex I sample.</summary>
    [Params("vcdm2", "elm")]
    public string Credential { get; set; } = "vcdm2";

    /// <summary>The cryptosuite.</summary>
    [Params(Cryptosuites.EddsaRdfc2022, Cryptosuites.EddsaJcs2022)]
    public string Suite { get; set; } = Cryptosuites.EddsaRdfc2022;

    /// <summary>Loads the credential and signs it once for the verify benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _key = SigningKey.Generate(KeyType.Ed25519);
        _credential = BenchmarkCredentials.Load(Credential, _key.DidKey);
        _options = new DataIntegrityOptions { Cryptosuite = Suite, Created = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero) };
        _verifyOptions = new DataIntegrityVerifyOptions { ExpectedController = _key.DidKey };
        _signed = JsonSerializer.SerializeToElement(Sign());
        if (!Verify())
        {
            throw new InvalidOperationException("the benchmark credential does not verify");
        }
    }

    /// <summary>Releases the key.</summary>
    [GlobalCleanup]
    public void Cleanup() => _key.Dispose();

    /// <summary>Canonicalize and sign.</summary>
    [Benchmark]
    public JsonObject Sign() =>
        DataIntegrityProofs.SignAsync(_credential, _key, _key.DidKeyVerificationMethod, _options).GetAwaiter().GetResult();

    /// <summary>Resolve the did:key, canonicalize and verify.</summary>
    [Benchmark]
    public bool Verify() =>
        DataIntegrityProofs.VerifyAsync(_signed, _resolver, _verifyOptions).GetAwaiter().GetResult().Verified;
}
