using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Credentials.TestKit;

namespace Credentials.Cli.Tests;

/// <summary>
/// The README's quickstart commands, run as a newcomer would paste them, in order, in a fresh folder holding only the
/// repository's <c>samples/</c>, <c>keys.example/</c> and the official Europass samples: none may be a usage error or crash, and the ones that make
/// files must succeed (the two registrar <c>keygen</c> lines once wrote to the same folder).
/// </summary>
public sealed partial class ReadmeQuickstartTests : IDisposable
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "credentials.dll");
    private readonly string _dir = Directory.CreateTempSubdirectory("cred-readme-").FullName;

    public ReadmeQuickstartTests()
    {
        Copy(RepositoryPaths.InRepo("samples"), Path.Combine(_dir, "samples"));
        Copy(RepositoryPaths.InRepo("keys.example"), Path.Combine(_dir, "keys.example"));

        // The quickstart inspects the official Europass sample where the repository keeps it.
        Copy(RepositoryPaths.InTestData("elm", "samples"), Path.Combine(_dir, "tests", "TestData", "elm", "samples"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void QuickstartCommands_RunInOrder_NoneIsAUsageErrorOrCrash()
    {
        var commands = QuickstartCommands();
        commands.Should().Contain(c => c.StartsWith("keygen", StringComparison.Ordinal)).And.Contain(c => c.StartsWith("issue-batch", StringComparison.Ordinal)).And.Contain(c => c.StartsWith("verify", StringComparison.Ordinal));

        foreach (var line in commands)
        {
            var (exit, output) = Run(line);

            exit.Should().BeOneOf([0, 1, 2], "`credentials {0}` must not be a usage error or crash: {1}", line, output);
            output.Should().NotContain("   at ", line);
            if (line.StartsWith("keygen", StringComparison.Ordinal) || line.StartsWith("issue", StringComparison.Ordinal))
            {
                exit.Should().Be(0, "`credentials {0}`: {1}", line, output);
            }
        }
    }

    /// <summary>The <c>credentials …</c> lines of the shell blocks between "## Quickstart" and "## Configuration",
    /// without those that hold a placeholder (…) or need a key the reader makes for a learner.</summary>
    private static List<string> QuickstartCommands()
    {
        var readme = File.ReadAllText(RepositoryPaths.InRepo("README.md"));
        var start = readme.IndexOf("## Quickstart", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("## Configuration", start, StringComparison.Ordinal)];
        return ShellBlock().Matches(section)
            .SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(l => Comment().Replace(l, string.Empty).Trim())
            .Where(l => l.StartsWith("credentials ", StringComparison.Ordinal) && !l.Contains('…', StringComparison.Ordinal) && !l.Contains("keys/learner", StringComparison.Ordinal)
                && !l.Contains("-vp.jwt", StringComparison.Ordinal) && !l.Contains("--help", StringComparison.Ordinal))
            .Select(l => l["credentials ".Length..])
            .ToList();
    }

    private (int ExitCode, string Output) Run(string line)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = _dir,
        };
        start.ArgumentList.Add(Dll);
        string? stdin = null;
        var words = Words(line);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "<")
            {
                stdin = File.ReadAllText(Path.Combine(_dir, words[++i]));
                continue;
            }

            start.ArgumentList.Add(words[i]);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin ?? string.Empty);
        process.StandardInput.Close();
        process.WaitForExit(120_000).Should().BeTrue(line);
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Splits a command line as a POSIX shell would for these simple lines: spaces, double quotes.</summary>
    private static List<string> Words(string line) =>
        [.. Word().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value)];

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex("\\s+#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial Regex Word();
}
