using System.Collections.Concurrent;
using System.Reflection;
using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Turtle;

namespace Credentials.Shacl.Elm;

/// <summary>
/// The official Europass SHACL shapes for ELM credentials, bundled at build time and found by the ontology IRI each
/// file declares, which is what an ELM credential names in <c>credentialSchema.id</c>. <c>owl:imports</c> are resolved
/// to the bundled files (transitively), never fetched. Each shapes graph is parsed and compiled once, on first use.
/// </summary>
public sealed class ElmShapeLibrary
{
    private const string ResourcePrefix = "Credentials.Shacl.Shapes.";
    private static readonly RdfTerm Ontology = RdfTerm.Iri(ShaclTerms.Owl + "Ontology");
    private static readonly Lazy<ElmShapeLibrary> LazyBundled = new(LoadBundled);

    private readonly Dictionary<string, RdfDataset> documents;
    private readonly ConcurrentDictionary<string, Lazy<ShapesGraph>> compiled = new(StringComparer.Ordinal);

    private ElmShapeLibrary(Dictionary<string, RdfDataset> documents)
    {
        this.documents = documents;
    }

    /// <summary>The shapes bundled with this library.</summary>
    public static ElmShapeLibrary Bundled => LazyBundled.Value;

    /// <summary>The schema ids (ontology IRIs) that have a bundled shapes file.</summary>
    public IReadOnlyCollection<string> SchemaIds => documents.Keys;

    /// <summary>The compiled shapes for a schema id with everything it imports.</summary>
    /// <param name="schemaId">A <c>credentialSchema.id</c>, e.g. <c>http://data.europa.eu/snb/model/ap/edc-generic-full</c>.</param>
    /// <param name="shapes">The shapes; null when no bundled file declares that id.</param>
    /// <returns>True when the id is known.</returns>
    public bool TryGet(string schemaId, out ShapesGraph? shapes)
    {
        ArgumentNullException.ThrowIfNull(schemaId);
        var id = Normalize(schemaId);
        if (!documents.ContainsKey(id))
        {
            shapes = null;
            return false;
        }

        shapes = compiled.GetOrAdd(id, key => new Lazy<ShapesGraph>(() => ShapesGraph.Load(WithImports(key)))).Value;
        return true;
    }

    private static string Normalize(string id) => id.TrimEnd('/', '#');

    private List<RdfDataset> WithImports(string id)
    {
        var result = new List<RdfDataset>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([id]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next) || !documents.TryGetValue(next, out var graph))
            {
                continue;
            }

            result.Add(graph);
            foreach (var quad in graph.Where(q => q.Predicate.Equals(ShaclTerms.OwlImports) && q.Object.IsIri))
            {
                pending.Push(Normalize(quad.Object.Value));
            }
        }

        return result;
    }

    private static ElmShapeLibrary LoadBundled()
    {
        var assembly = typeof(ElmShapeLibrary).Assembly;
        var documents = new Dictionary<string, RdfDataset>(StringComparer.Ordinal);
        var index = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var graph = TurtleParser.Parse(ReadResource(assembly, name), new TurtleOptions { BlankNodePrefix = FormattableString.Invariant($"e{index++}b") });
            foreach (var quad in graph.Where(q => q.Predicate.Equals(ShaclTerms.Type) && q.Object.Equals(Ontology) && q.Subject.IsIri))
            {
                documents[Normalize(quad.Subject.Value)] = graph;
            }
        }

        return new ElmShapeLibrary(documents);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
