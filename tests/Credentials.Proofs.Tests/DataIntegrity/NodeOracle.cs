using System.Diagnostics;
using System.Text;
using Credentials.TestKit;

namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>Runs <c>tests/interop/di.mjs</c> (Digital Bazaar's implementations) as an independent oracle.</summary>
internal static class NodeOracle
{
    private static readonly Lazy<string?> LazyUnavailable = new(FindReason);

    /// <summary>Why the oracle cannot run here, or null when it can.</summary>
    public static string? UnavailableReason => LazyUnavailable.Value;

    public static string InteropDirectory => RepositoryPaths.InRepo("tests", "interop");

    public static string Run(string command, string stdin)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = InteropDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add("di.mjs");
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(RepositoryPaths.InShared("contexts"));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("node di.mjs " + command + " did not finish in 60 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("node di.mjs " + command + " failed: " + stderr.Result);
        }

        return stdout.Result;
    }

    private static string? FindReason()
    {
        if (!Directory.Exists(Path.Combine(InteropDirectory, "node_modules")))
        {
            return "tests/interop/node_modules is missing (run `npm ci` in tests/interop)";
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!;
            process.WaitForExit(10_000);
            return process.ExitCode == 0 ? null : "`node --version` failed";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "node is not installed";
        }
    }
}
