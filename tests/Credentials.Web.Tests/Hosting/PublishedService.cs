using System.Diagnostics;
using Credentials.TestKit;

namespace Credentials.Web.Tests.Hosting;

/// <summary>
/// The service as <c>dotnet publish src/Credentials.Web -o DIR</c> makes it, published once per test run (from the
/// build the tests already made) into a temporary folder far from the source tree.
/// </summary>
public sealed class PublishedService : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public PublishedService()
    {
        Folder = Directory.CreateTempSubdirectory("credentials-published-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "publish", RepositoryPaths.InRepo("src", "Credentials.Web", "Credentials.Web.csproj"), "-c", Configuration, "--no-build", "-o", Folder })
        {
            start.ArgumentList.Add(a);
        }

        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = publish.StandardError.ReadToEndAsync();
        if (!publish.WaitForExit(300_000) || publish.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish failed: " + output.Result + error.Result);
        }
    }

    /// <summary>The publish folder.</summary>
    public string Folder { get; }

    /// <summary>The service's entry assembly in the publish folder.</summary>
    public string Dll => Path.Combine(Folder, "Credentials.Web.dll");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
