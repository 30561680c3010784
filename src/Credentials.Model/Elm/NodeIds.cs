using System.Globalization;

namespace Credentials.Model.Elm;

/// <summary>
/// Allocates the inner node ids of one credential as the Annex I sample does (<c>urn:epass:&lt;kind&gt;:&lt;n&gt;</c>, counted
/// per kind), so the same model always gives the same document.
/// </summary>
internal sealed class NodeIds
{
    private readonly Dictionary<string, int> counters = new(StringComparer.Ordinal);

    public string Next(string kind)
    {
        var n = counters.GetValueOrDefault(kind) + 1;
        counters[kind] = n;
        return "urn:epass:" + kind + ":" + n.ToString(CultureInfo.InvariantCulture);
    }
}
