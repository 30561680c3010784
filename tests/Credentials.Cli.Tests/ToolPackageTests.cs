using System.Diagnostics;
using Credentials.TestKit;

namespace Credentials.Cli.Tests;

/// <summary>
/// The command as a .NET tool, made and installed the way README says (<c>dotnet pack src/Credentials.Cli</c>, then
/// <c>dotnet tool install --add-source</c>), here into a private tool path so the machine's tools are left alone.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _dir = Directory.CreateTempSubdirectory("cred-tool-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void PackAndInstall_ToolCommandVerifiesASample()
    {
        var packages = Path.Combine(_dir, "packages");
        var tools = Path.Combine(_dir, "tools");

        var pack = Dotnet("pack", RepositoryPaths.InRepo("src", "Credentials.Cli", "Credentials.Cli.csproj"), "-c", Configuration, "--no-build", "-o", packages);
        var install = Dotnet("tool", "install", "--tool-path", tools, "--add-source", packages, "Credentials.Cli");
        var verify = Run(Path.Combine(tools, "credentials"), "verify", RepositoryPaths.InRepo("samples", "valid", "northern-university-aijala.jwt"),
            "--trust", RepositoryPaths.InRepo("keys.example", "trusted-issuers.json"));

        pack.ExitCode.Should().Be(0, pack.Output);
        Directory.GetFiles(packages, "Credentials.Cli.*.nupkg").Should().ContainSingle();
        install.ExitCode.Should().Be(0, install.Output);
        verify.ExitCode.Should().Be(0, verify.Output);
        verify.Output.Should().Contain("VERIFIED");
    }

    private (int ExitCode, string Output) Dotnet(params string[] args) => Run("dotnet", args);

    private (int ExitCode, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(true);
            throw new TimeoutException(program + " " + string.Join(' ', args));
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
