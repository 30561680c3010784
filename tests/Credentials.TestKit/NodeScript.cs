using System.Diagnostics;
using System.Text;

namespace Credentials.TestKit;

/// <summary>
/// Runs a script of <c>tests/interop/</c> with node, where the independent npm implementations (jose, jsonld, …)
/// are installed by <c>npm ci</c>. Tests that need it use <see cref="NodeFactAttribute"/>, which skips with the
/// reason when node or the packages are missing.
/// </summary>
public static class NodeScript
{
    private static readonly Lazy<string?> LazyUnavailable = new(FindReason);

    /// <summary>Why node scripts cannot run here, or null when they can.</summary>
    public static string? UnavailableReason => LazyUnavailable.Value;

    /// <summary>The folder with <c>package.json</c> and the scripts.</summary>
    public static string Directory => RepositoryPaths.InRepo("tests", "interop");

    /// <summary>Runs <paramref name="script"/> with arguments and standard input; returns exit code and standard output.</summary>
    /// <exception cref="TimeoutException">The script ran for more than a minute.</exception>
    public static (int ExitCode, string Output, string Error) Run(string script, string stdin, params string[] arguments) =>
        Run(script, stdin, new Dictionary<string, string>(), arguments);

    /// <summary>Runs <paramref name="script"/> as <see cref="Run(string, string, string[])"/> does, with extra environment variables (e.g. <c>NODE_EXTRA_CA_CERTS</c>).</summary>
    /// <exception cref="TimeoutException">The script ran for more than a minute.</exception>
    public static (int ExitCode, string Output, string Error) Run(string script, string stdin, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(script);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in 60 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string? FindReason()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")))
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
