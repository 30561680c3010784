using System.Diagnostics;

namespace Credentials.Documents.Tests;

/// <summary>Runs one of the independent command-line checkers and returns what it printed (both streams, and standard output alone).</summary>
internal static class Tool
{
    public static (int ExitCode, string Output, string StandardOutput) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/" + tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue($"{tool} should finish");
        return (process.ExitCode, stdout.Result + stderr.Result, stdout.Result);
    }
}
