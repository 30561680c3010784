using System.Text.Json;
using Credentials.TestKit;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>Runs jose-verify.mjs: npm jose's JWS JSON verification, as an implementation independent of ours.</summary>
internal static class JoseOracle
{
    public static string Script => RepositoryPaths.InRepo("tests", "Credentials.Proofs.Tests", "Jades", "jose-verify.mjs");

    public static string? MissingReason() => NodeScript.UnavailableReason;

    /// <summary>Verifies <paramref name="sealJson"/> with jose; returns its verdict and output.</summary>
    public static (bool Verified, JsonElement Output) Verify(string sealJson)
    {
        var (exit, output, error) = NodeScript.Run(Script, sealJson, NodeScript.Directory);
        if (exit is not (0 or 1) || output.Length == 0)
        {
            throw new InvalidOperationException($"node failed ({exit}): {error}");
        }

        using var document = JsonDocument.Parse(output);
        return (exit == 0, document.RootElement.Clone());
    }
}
