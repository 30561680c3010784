using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace Credentials.TestKit.W3c;

/// <summary>
/// A W3C test suite's cases as data (<c>tests/w3c/&lt;suite&gt;/manifest.json</c>), and the pass count README's
/// conformance table promises for it.
/// </summary>
public sealed class SuiteManifest
{
    private SuiteManifest(string name, string folder, IReadOnlyList<SuiteRow> rows)
    {
        Name = name;
        Folder = folder;
        Rows = rows;
    }

    /// <summary>The suite's name in README's table, e.g. <c>vc-data-model-2.0</c>.</summary>
    public string Name { get; }

    /// <summary>The suite's folder under <c>tests/w3c</c>.</summary>
    public string Folder { get; }

    /// <summary>Every case, in the suite's order.</summary>
    public IReadOnlyList<SuiteRow> Rows { get; }

    /// <summary>Loads <c>tests/w3c/<paramref name="name"/>/manifest.json</c>.</summary>
    public static SuiteManifest Load(string name)
    {
        var folder = RepositoryPaths.InW3c(name);
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        return new SuiteManifest(name, folder, root["rows"]!.AsArray().Select(r => SuiteRow.From(r!.AsObject())).ToList());
    }

    /// <summary>The rows as xUnit theory data (one theory row per suite case).</summary>
    public static TheoryData<string> Ids(string name, Func<SuiteRow, bool>? where = null)
    {
        var data = new TheoryData<string>();
        foreach (var row in Load(name).Rows.Where(where ?? (_ => true)))
        {
            data.Add(row.Id);
        }

        return data;
    }

    /// <summary>The row with <paramref name="id"/>.</summary>
    public SuiteRow Row(string id) => Rows.Single(r => r.Id == id);

    /// <summary>The text of a row's input file.</summary>
    public string InputText(SuiteRow row) => File.ReadAllText(Path.Combine(Folder, "input", row.Input));

    /// <summary>The row's input file parsed.</summary>
    public JsonNode Input(SuiteRow row) => JsonNode.Parse(InputText(row))!;

    /// <summary>The pass count README's conformance table gives this suite (<c>| name | passed | of |</c>).</summary>
    public int PromisedPasses()
    {
        var readme = File.ReadAllText(RepositoryPaths.InRepo("README.md"));
        var match = Regex.Match(readme, @"^\| `" + Regex.Escape(Name) + @"` \| (\d+) \| (\d+) \|", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"README's conformance table has no row for `{Name}`");
    }
}
