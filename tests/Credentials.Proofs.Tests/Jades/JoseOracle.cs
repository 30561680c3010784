using System.Diagnostics;
using System.Text.Json;
using Credentials.TestKit;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>Runs jose-verify.mjs: npm jose's JWS JSON verification, as an implementation independent of ours.</summary>
internal static class JoseOracle
{
    public static string InteropDirectory => RepositoryPaths.InRepo("tests", "interop");

    public static string Script => RepositoryPaths.InRepo("tests", "Credentials.Proofs.Tests", "Jades", "jose-verify.mjs");

    public static string? MissingReason()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "node")));
        if (!onPath)
        {
            return "node is not on PATH";
        }

        return Directory.Exists(Path.Combine(InteropDirectory, "node_modules"))
            ? null
            : "tests/interop/node_modules is missing (run `npm ci` in tests/interop)";
    }

    /// <summary>Verifies <paramref name="sealJson"/> with jose; returns its verdict and output.</summary>
    public static (bool Verified, JsonElement Output) Verify(string sealJson)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(InteropDirectory);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(sealJson);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("node did not finish within 60 s");
        }

        var text = output.GetAwaiter().GetResult();
        if (process.ExitCode is not (0 or 1) || text.Length == 0)
        {
            throw new InvalidOperationException($"node failed ({process.ExitCode}): {error.GetAwaiter().GetResult()}");
        }

        using var document = JsonDocument.Parse(text);
        return (process.ExitCode == 0, document.RootElement.Clone());
    }
}
