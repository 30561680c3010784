using System.Text.Json.Nodes;
using Credentials.TestKit;

namespace Credentials.Benchmarks.DataIntegrity;

/// <summary>The two credentials the Data Integrity targets are stated for.</summary>
internal static class BenchmarkCredentials
{
    /// <summary>(a) a VCDM 2.0 credential of about 1.2 KB; (b) the ELM Annex I sample.</summary>
    public static JsonObject Load(string name, string issuer)
    {
        var path = name switch
        {
            "vcdm2" => RepositoryPaths.InRepo("tests", "Credentials.Proofs.Tests", "DataIntegrity", "TestData", "vcdm2-micro-credential.json"),
            "elm" => RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld"),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var credential = (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
        credential["issuer"]!["id"] = issuer;
        credential["issuanceDate"] ??= credential["validFrom"]?.DeepClone();
        return credential;
    }
}
