using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Credentials.Issuer.Batches;
using Credentials.Issuer.Issuing;
using Credentials.Model.Elm;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Schema;
using Credentials.Proofs.VcJwt;
using Credentials.TestKit;

namespace Credentials.Benchmarks.Batches;

/// <summary>
/// The per-learner steps of <c>issue-batch</c>, one learner each, to show where a batch's time goes: validating a row,
/// building the ELM document, signing it as VC-JWT without and with the JSON Schema check.
/// </summary>
[MemoryDiagnoser]
public class BatchStepBenchmarks
{
    private BatchTemplate _template = null!;
    private IReadOnlyList<LearnerRow> _row = null!;
    private MicroCredential _credential = null!;
    private CredentialIssuer _issuer = null!;
    private VcJwtSigner _signer = null!;
    private string _payload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _template = BatchTemplate.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", "template.json")), out var error)
            ?? throw new InvalidOperationException(error);
        _row = [new LearnerRow(2, "1000001", "Learner", "Number 1", "2000-01-02", string.Empty, string.Empty, "5", "2026-06-15")];
        _credential = BatchIssuer.CredentialOf(_template, _row[0]);
        _issuer = new CredentialIssuer(TestKeys.Northern, TimeProvider.System, SchemaValidator.ElmMicroCredential);
        _signer = new VcJwtSigner(TestKeys.Northern.Key, TestKeys.Northern.KeyId);
        _payload = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Pad(_issuer.SignValidatedJwt(_credential, "urn:uuid:0").Split('.')[1]))))!.ToJsonString();
    }

    [Benchmark]
    public int ValidateRow() => BatchIssuer.Validate(_template, _row).Valid.Count;

    [Benchmark]
    public JsonObject BuildElm() => ElmCredentialBuilder.Build(_credential, new ElmBuildOptions { CredentialId = "urn:uuid:0", IssuerId = "did:example:1", IssuedAt = DateTimeOffset.UnixEpoch });

    [Benchmark]
    public string JwsOfReadyPayload() => _signer.Sign(_payload, "JWT");

    [Benchmark(Baseline = true)]
    public string SignValidated() => _issuer.SignValidatedJwt(_credential, "urn:uuid:0");

    [Benchmark]
    public string IssueWithSchemaCheck() => _issuer.Issue(_credential, credentialId: "urn:uuid:0").Secured!;

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - (s.Length % 4)) % 4);
    }
}
