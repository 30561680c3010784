using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Credentials.Model.Schema;
using Credentials.TestKit;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Credentials.Benchmarks.Schema;

/// <summary>
/// Schema validation of the <c>vc</c> claim of <c>samples/valid/northern-university-aijala.jwt</c>, as the verifier's
/// schema check passes it, whole and split into its stages: System.Text.Json → Newtonsoft tree, NJsonSchema's
/// validation, and our explanation of the errors (of a broken copy, since the valid one has none); with the shared
/// validator's memory of valid shared subtrees warm (the steady state of a service) and with nothing remembered.
/// Target: whole ≤ 150 µs.
/// </summary>
[MemoryDiagnoser]
public class SchemaValidationBenchmarks
{
    private readonly NJsonSchemaValidator _validator = NJsonSchemaValidator.ElmMicroCredential;
    private NJsonSchemaValidator _plain = null!;
    private JsonDocument _payload = null!;
    private JsonElement _credential;
    private JToken _token = null!;
    private ICollection<ValidationError> _brokenErrors = null!;

    [GlobalSetup]
    public void Setup()
    {
        var jwt = File.ReadAllText(Path.Combine(Samples.ValidFolder, "northern-university-aijala.jwt")).Trim();
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        _payload = JsonDocument.Parse(Convert.FromBase64String(part));
        _credential = _payload.RootElement.GetProperty("vc");
        _token = NJsonSchemaValidator.ToToken(_credential);
        _plain = NJsonSchemaValidator.FromSchemaText(File.ReadAllText(RepositoryPaths.InRepo("schemas", "elm-microcredential.schema.json")));
        if (_validator.Validate(_credential).Count != 0)
        {
            throw new InvalidOperationException("the benchmark credential is not schema-valid");
        }

        // A copy with a few typical mistakes, so the explanation stage has something to do.
        var broken = (JObject)_token.DeepClone();
        broken["issued"] = "yesterday";
        ((JObject)broken["credentialSubject"]!).Remove("dateOfBirth");
        broken["credentialSubject"]!["hasClaim"]!["specifiedBy"]!["creditPoint"] = new JArray();
        _brokenErrors = _validator.ValidateToken(broken);
        if (NJsonSchemaValidator.Explain(_brokenErrors).Count == 0)
        {
            throw new InvalidOperationException("the broken copy has no errors");
        }

    }

    [GlobalCleanup]
    public void Cleanup() => _payload.Dispose();

    /// <summary>Everything the schema check pays per credential.</summary>
    [Benchmark(Baseline = true)]
    public int Validate() => _validator.Validate(_credential).Count;

    /// <summary>The same with nothing remembered: a credential whose concepts, issuer and course were never seen.</summary>
    [Benchmark]
    public int ValidateNothingRemembered() => _plain.Validate(_credential).Count;

    /// <summary>Stage 1: building the Newtonsoft tree.</summary>
    [Benchmark]
    public JToken ToToken() => NJsonSchemaValidator.ToToken(_credential);

    /// <summary>Stage 2: NJsonSchema over a ready tree.</summary>
    [Benchmark]
    public int NJsonSchemaValidate() => _validator.ValidateToken(_token).Count;

    /// <summary>Stage 2 with nothing remembered.</summary>
    [Benchmark]
    public int NJsonSchemaValidateNothingRemembered() => _plain.ValidateToken(_token).Count;

    /// <summary>Stage 3: explaining the errors of a broken credential (zero for a valid one).</summary>
    [Benchmark]
    public int ExplainErrors() => NJsonSchemaValidator.Explain(_brokenErrors).Count;
}
