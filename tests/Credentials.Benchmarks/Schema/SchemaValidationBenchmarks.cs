using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Credentials.Model.Schema;
using Credentials.TestKit;

namespace Credentials.Benchmarks.Schema;

/// <summary>
/// Schema validation (JsonSchema.Net, draft 2020-12) of the <c>vc</c> claim of
/// <c>samples/valid/northern-university-aijala.jwt</c>, as the verifier's schema check passes it: with the shared
/// validator's memory of valid shared subtrees warm (the steady state of a service), with nothing remembered, and a
/// broken copy (the full evaluation and explanation of its errors). Target: whole ≤ 150 µs.
/// </summary>
[MemoryDiagnoser]
public class SchemaValidationBenchmarks
{
    private readonly SchemaValidator _validator = SchemaValidator.ElmMicroCredential;
    private SchemaValidator _plain = null!;
    private JsonDocument _payload = null!;
    private JsonDocument _broken = null!;
    private JsonElement _credential;

    [GlobalSetup]
    public void Setup()
    {
        var jwt = File.ReadAllText(Path.Combine(Samples.ValidFolder, "northern-university-aijala.jwt")).Trim();
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        _payload = JsonDocument.Parse(Convert.FromBase64String(part));
        _credential = _payload.RootElement.GetProperty("vc");
        _plain = SchemaValidator.FromSchemaText(File.ReadAllText(RepositoryPaths.InRepo("schemas", "elm-microcredential.schema.json")));
        if (_validator.Validate(_credential).Count != 0)
        {
            throw new InvalidOperationException("the benchmark credential is not schema-valid");
        }

        // A copy with a few typical mistakes, so the explanation has something to do.
        var broken = JsonNode.Parse(_credential.GetRawText())!;
        broken["issued"] = "yesterday";
        broken["credentialSubject"]!.AsObject().Remove("dateOfBirth");
        broken["credentialSubject"]!["hasClaim"]!["specifiedBy"]!["creditPoint"] = new JsonArray();
        _broken = JsonDocument.Parse(broken.ToJsonString());
        if (_validator.Validate(_broken.RootElement).Count == 0)
        {
            throw new InvalidOperationException("the broken copy has no errors");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _payload.Dispose();
        _broken.Dispose();
    }

    /// <summary>Everything the schema check pays per credential.</summary>
    [Benchmark(Baseline = true)]
    public int Validate() => _validator.Validate(_credential).Count;

    /// <summary>The same with nothing remembered: a credential whose concepts, issuer and course were never seen.</summary>
    [Benchmark]
    public int ValidateNothingRemembered() => _plain.Validate(_credential).Count;

    /// <summary>A broken credential: the quick pass, the full evaluation and the explanation of its errors.</summary>
    [Benchmark]
    public int ValidateBroken() => _validator.Validate(_broken.RootElement).Count;
}
