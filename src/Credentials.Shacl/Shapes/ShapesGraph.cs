using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;
using Credentials.Shacl.Turtle;

namespace Credentials.Shacl.Shapes;

/// <summary>
/// A parsed and compiled SHACL shapes graph. Compile once and share: it is immutable and safe to use from many
/// threads.
/// </summary>
public sealed class ShapesGraph
{
    private ShapesGraph(RdfGraph graph)
    {
        Graph = graph;
        Shapes = new ShapeCompiler(graph).CompileAll();
        Targeted = Shapes.Values.Where(s => s.Targets.Count > 0 && !s.Deactivated).ToArray();
    }

    /// <summary>The number of shapes.</summary>
    public int Count => Shapes.Count;

    internal RdfGraph Graph { get; }

    internal IReadOnlyDictionary<RdfTerm, Shape> Shapes { get; }

    internal IReadOnlyList<Shape> Targeted { get; }

    /// <summary>Builds the shapes graph from the union of the given graphs (e.g. a file and its <c>owl:imports</c>).</summary>
    /// <param name="graphs">The graphs; their default graphs are merged.</param>
    /// <returns>The compiled shapes.</returns>
    /// <exception cref="ShaclException">A shape is malformed.</exception>
    public static ShapesGraph Load(IEnumerable<RdfDataset> graphs)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        return new ShapesGraph(new RdfGraph(graphs.SelectMany(g => g).Distinct()));
    }

    /// <summary>Parses Turtle documents and builds the shapes graph from their union.</summary>
    /// <param name="turtleDocuments">The Turtle documents.</param>
    /// <returns>The compiled shapes.</returns>
    /// <exception cref="TurtleException">A document is not valid Turtle.</exception>
    /// <exception cref="ShaclException">A shape is malformed.</exception>
    public static ShapesGraph Parse(params string[] turtleDocuments)
    {
        ArgumentNullException.ThrowIfNull(turtleDocuments);
        return Load(turtleDocuments.Select((t, i) => TurtleParser.Parse(t, new TurtleOptions { BlankNodePrefix = FormattableString.Invariant($"s{i}b") })));
    }
}
