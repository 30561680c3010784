using System.Text.Json;
using System.Xml;
using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Elm;
using Credentials.Shacl.Graph;

namespace Credentials.Shacl.Vocabularies;

/// <summary>
/// The ELM controlled vocabularies (the <c>xs:enumeration</c> values of the bundled <c>*.xsd</c> files), used to
/// check the concept URIs of a credential, which the SHACL shapes do not do (they accept <c>eqf/9</c>).
/// <para>
/// A concept is checked against the list whose concepts share its namespace (the URI up to its last '/'); concepts of
/// namespaces without a bundled list are not judged. A list is <em>mandatory</em> when <c>EDC-generic-full</c> —
/// the Europass shapes whose section "Mandatory Controlled Vocabularies" says "only mandatory vocabulary
/// restrictions are included" — restricts a property to that list's concept scheme (an <c>sh:hasValue</c> on
/// <c>skos:inScheme</c>): EQF, ISCED-F, NQF, countries, currencies, credential, accreditation, learning-setting,
/// entitlement-status, skill-type and skill-reuse-level lists. An unknown concept of a mandatory list is an error;
/// of any other list (credit systems, modes, assessment types, ...) a warning.
/// </para>
/// </summary>
public sealed class ElmConceptLists
{
    private const string ResourcePrefix = "Credentials.Shacl.Vocabularies.";
    private const string SnbSchemeSuffix = "25831c2";
    private static readonly Lazy<ElmConceptLists> LazyBundled = new(LoadBundled);
    private readonly Dictionary<string, (string Name, HashSet<string> Concepts, bool Mandatory)> byNamespace;

    private ElmConceptLists(Dictionary<string, (string, HashSet<string>, bool)> byNamespace)
    {
        this.byNamespace = byNamespace;
    }

    /// <summary>The lists bundled with this library, with mandatory lists taken from the bundled shapes.</summary>
    public static ElmConceptLists Bundled => LazyBundled.Value;

    /// <summary>The list names (file names without extension) and whether each is mandatory.</summary>
    public IEnumerable<(string Name, bool Mandatory)> Lists => byNamespace.Values.Select(v => (v.Name, v.Mandatory)).OrderBy(v => v.Name, StringComparer.Ordinal);

    /// <summary>Every concept object (<c>"type": "Concept"</c> with an <c>id</c>) whose URI is not in its namespace's list.</summary>
    /// <param name="credential">The credential JSON.</param>
    /// <returns>The findings, in document order.</returns>
    public IReadOnlyList<ConceptFinding> Check(JsonElement credential)
    {
        var findings = new List<ConceptFinding>();
        Walk(credential, string.Empty, findings, 0);
        return findings;
    }

    private void Walk(JsonElement node, string pointer, List<ConceptFinding> findings, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, pointer + "/" + i++, findings, depth + 1);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (IsConcept(node) && node.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { } uri)
        {
            var slash = uri.LastIndexOf('/');
            if (slash > 0 && byNamespace.TryGetValue(uri[..(slash + 1)], out var list) && !list.Concepts.Contains(uri))
            {
                findings.Add(new ConceptFinding(pointer, uri, list.Name, list.Mandatory));
            }
        }

        foreach (var member in node.EnumerateObject())
        {
            Walk(member.Value, pointer + "/" + member.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), findings, depth + 1);
        }
    }

    private static bool IsConcept(JsonElement node) =>
        node.TryGetProperty("type", out var type)
        && (type.ValueKind == JsonValueKind.String ? type.GetString() == "Concept" : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == "Concept"));

    private static ElmConceptLists LoadBundled()
    {
        var mandatorySchemes = MandatorySchemes();
        var assembly = typeof(ElmConceptLists).Assembly;
        var lists = new Dictionary<string, (string, HashSet<string>, bool)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var concepts = Enumerations(stream);

            // The list's namespace is the one most of its concepts share; a list without one clear namespace
            // (e.g. loq_individuals, spread over the whole snb namespace) is not used.
            var ns = concepts.GroupBy(c => c[..(c.LastIndexOf('/') + 1)], StringComparer.Ordinal).MaxBy(g => g.Count());
            if (ns is null || ns.Count() * 2 < concepts.Count || ns.Key.Count(c => c == '/') < 4)
            {
                continue;
            }

            // EDC credential types published after the bundled list, each with its own application profile.
            concepts.UnionWith(Elm.ElmProfiles.ShapesByCredentialType.Keys.Where(k => k.StartsWith(ns.Key, StringComparison.Ordinal)));
            var name = resource[ResourcePrefix.Length..^".xsd".Length];
            var mandatory = mandatorySchemes.Contains(ns.Key + SnbSchemeSuffix) || mandatorySchemes.Contains(ns.Key.TrimEnd('/'));
            lists[ns.Key] = (name, concepts, mandatory);
        }

        return new ElmConceptLists(lists);
    }

    private static HashSet<string> Enumerations(Stream stream)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "enumeration" && reader.GetAttribute("value") is { Length: > 0 } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>The concept schemes EDC-generic-full restricts properties to (sh:hasValue on skos:inScheme).</summary>
    private static HashSet<string> MandatorySchemes()
    {
        var schemes = new HashSet<string>(StringComparer.Ordinal);
        if (!ElmShapeLibrary.Bundled.TryGet("http://data.europa.eu/snb/model/ap/edc-generic-full", out var shapes))
        {
            return schemes;
        }

        var inScheme = RdfTerm.Iri("http://www.w3.org/2004/02/skos/core#inScheme");
        var hasValue = ShaclTerms.Sh("hasValue");
        foreach (var (shape, value) in shapes!.Graph.WithPredicate(hasValue))
        {
            if (value.IsIri && shapes.Graph.Contains(shape, ShaclTerms.Path, inScheme))
            {
                schemes.Add(value.Value);
            }
        }

        return schemes;
    }
}
