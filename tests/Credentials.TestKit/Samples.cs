using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;

namespace Credentials.TestKit;

/// <summary>The golden inputs under <c>samples/</c>.</summary>
public static class Samples
{
    /// <summary>The issue instant used for generated test credentials.</summary>
    public static readonly DateTimeOffset IssuedAt = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The folder of valid samples.</summary>
    public static string ValidFolder => RepositoryPaths.InRepo("samples", "valid");

    /// <summary>The folder of invalid samples.</summary>
    public static string InvalidFolder => RepositoryPaths.InRepo("samples", "invalid");

    /// <summary>The signed valid samples.</summary>
    public static IEnumerable<string> SignedValid => Directory.EnumerateFiles(ValidFolder, "*.jwt").Order(StringComparer.Ordinal);

    /// <summary>The invalid samples.</summary>
    public static IEnumerable<string> Invalid => Directory.EnumerateFiles(InvalidFolder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Reads a sample input (template + learner + award) as the model.</summary>
    public static MicroCredential Input(string fileName)
    {
        var parsed = MicroCredentialJson.Parse(File.ReadAllBytes(Path.Combine(ValidFolder, fileName)));
        return parsed.Value ?? throw new InvalidOperationException(fileName + ": " + string.Join("; ", parsed.Problems.Select(p => p.Pointer + " " + p.Message)));
    }

    /// <summary>The Northern University sample input.</summary>
    public static MicroCredential Northern => Input("northern-university-aijala.input.json");

    /// <summary>The Västra högskolan sample input.</summary>
    public static MicroCredential Vastra => Input("vastra-hogskolan-oberg.input.json");
}
