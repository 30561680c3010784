using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;
using Credentials.Shacl.Shapes;

namespace Credentials.Shacl.Validation;

/// <summary>
/// The state of one validation (SHACL §3): the data graph, the class index, a memo of conformance probes and the
/// guard against recursive shapes. A (shape, focus) pair met again while it is being validated counts as conforming,
/// so sh:node cycles end; SHACL 1.0 leaves recursive shapes undefined (§3.4.3).
/// </summary>
internal sealed class ValidationRun
{
    private const int MaxDepth = 128;
    private readonly ShapesGraph shapes;
    private readonly CancellationToken cancellationToken;
    private readonly HashSet<(Shape, RdfTerm)> active = [];
    private readonly Dictionary<(Shape, RdfTerm), bool> conformsMemo = [];
    private readonly Dictionary<RdfTerm, HashSet<RdfTerm>> superClasses = [];
    private Dictionary<RdfTerm, List<RdfTerm>>? instances;
    private int depth;
    private int recursionCuts;

    public ValidationRun(ShapesGraph shapes, RdfGraph data, CancellationToken cancellationToken)
    {
        this.shapes = shapes;
        Data = data;
        this.cancellationToken = cancellationToken;
    }

    public RdfGraph Data { get; }

    public RdfGraph ShapesData => shapes.Graph;

    public Shape? GetShape(RdfTerm node) => shapes.Shapes.GetValueOrDefault(node);

    public void ValidateShape(Shape shape, RdfTerm focus, ResultSink sink)
    {
        if (shape.Deactivated)
        {
            return;
        }

        if (!active.Add((shape, focus)))
        {
            recursionCuts++;
            return;
        }

        try
        {
            if (++depth > MaxDepth)
            {
                sink.Add(shape, focus, null, "NodeConstraintComponent", "shapes nested deeper than 128 levels; validation stopped here");
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var values = shape.Path is null ? [focus] : shape.Path.ValueNodes(Data, focus);
            foreach (var constraint in shape.Constraints)
            {
                constraint.Validate(this, shape, focus, values, sink);
                if (sink.Full)
                {
                    return;
                }
            }
        }
        finally
        {
            depth--;
            active.Remove((shape, focus));
        }
    }

    /// <summary>True when the focus node conforms to the shape (no result of any severity).</summary>
    public bool Conforms(RdfTerm shapeNode, RdfTerm focus)
    {
        if (GetShape(shapeNode) is not { } shape)
        {
            return true;
        }

        if (conformsMemo.TryGetValue((shape, focus), out var known))
        {
            return known;
        }

        var cutsBefore = recursionCuts;
        var probe = new ResultSink(1);
        ValidateShape(shape, focus, probe);
        var conforms = probe.Results.Count == 0;
        if (cutsBefore == recursionCuts)
        {
            conformsMemo[(shape, focus)] = conforms;
        }

        return conforms;
    }

    /// <summary>SHACL instance (§1.4): a type of the node is the class or a transitive rdfs:subClassOf of it.</summary>
    public bool IsInstanceOf(RdfTerm node, RdfTerm @class)
    {
        foreach (var type in Data.Objects(node, ShaclTerms.Type))
        {
            if (type.Equals(@class) || SuperClasses(type).Contains(@class))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The instances of a class, including those of its subclasses.</summary>
    public IReadOnlyList<RdfTerm> InstancesOf(RdfTerm @class)
    {
        if (instances is null)
        {
            instances = [];
            foreach (var (s, type) in Data.WithPredicate(ShaclTerms.Type))
            {
                AddInstance(type, s);
                foreach (var super in SuperClasses(type))
                {
                    AddInstance(super, s);
                }
            }
        }

        return instances.TryGetValue(@class, out var list) ? list : [];
    }

    private void AddInstance(RdfTerm @class, RdfTerm node)
    {
        if (!instances!.TryGetValue(@class, out var list))
        {
            list = [];
            instances.Add(@class, list);
        }

        if (!list.Contains(node))
        {
            list.Add(node);
        }
    }

    /// <summary>The transitive rdfs:subClassOf closure, read from the data and the shapes graph.</summary>
    private HashSet<RdfTerm> SuperClasses(RdfTerm type)
    {
        if (superClasses.TryGetValue(type, out var known))
        {
            return known;
        }

        var result = new HashSet<RdfTerm>();
        var queue = new Queue<RdfTerm>([type]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var super in Data.Objects(current, ShaclTerms.SubClassOf).Concat(shapes.Graph.Objects(current, ShaclTerms.SubClassOf)))
            {
                if (result.Add(super))
                {
                    queue.Enqueue(super);
                }
            }
        }

        superClasses[type] = result;
        return result;
    }
}
