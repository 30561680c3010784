namespace Credentials.TestKit;

/// <summary>Locates the repository root and the third-party test data inside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds <c>Credentials.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path below the repository root.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path below <c>tests/TestData</c>, the vendored conformance suites and official samples.</summary>
    public static string InTestData(params string[] parts) => Path.Combine([Root, "tests", "TestData", .. parts]);

    /// <summary>A path below <c>tests/w3c</c>, the data (fixtures and our manifests) of the W3C VC test suites.</summary>
    public static string InW3c(params string[] parts) => Path.Combine([Root, "tests", "w3c", .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Credentials.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is not null)
        {
            return dir.FullName;
        }

        var baked = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        return baked is not null && File.Exists(Path.Combine(baked, "Credentials.sln"))
            ? baked
            : throw new InvalidOperationException("Credentials.sln not found above " + AppContext.BaseDirectory);
    }
}
