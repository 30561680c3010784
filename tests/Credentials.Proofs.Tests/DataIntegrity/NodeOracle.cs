using Credentials.TestKit;

namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>Runs <c>tests/interop/di.mjs</c> (Digital Bazaar's implementations) as an independent oracle.</summary>
internal static class NodeOracle
{
    /// <summary>Why the oracle cannot run here, or null when it can.</summary>
    public static string? UnavailableReason => NodeScript.UnavailableReason;

    public static string Run(string command, string stdin)
    {
        var (exit, output, error) = NodeScript.Run("di.mjs", stdin, command, RepositoryPaths.InRepo("src", "Credentials.JsonLd", "Contexts"));
        return exit == 0 ? output : throw new InvalidOperationException("node di.mjs " + command + " failed: " + error);
    }
}
