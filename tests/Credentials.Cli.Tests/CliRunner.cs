using System.Diagnostics;
using System.Text;

namespace Credentials.Cli.Tests;

/// <summary>Runs the real <c>credentials</c> program as a user would, in a separate process.</summary>
internal static class CliRunner
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "credentials.dll");

    public static (int ExitCode, string Output, string Error) RunWithInput(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Credentials.TestKit.RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(true);
            throw new TimeoutException("credentials " + string.Join(' ', args));
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunWithInput(null, args);
}
