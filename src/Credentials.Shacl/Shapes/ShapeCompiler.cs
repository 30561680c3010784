using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Constraints;
using Credentials.Shacl.Graph;
using Credentials.Shacl.Paths;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Shapes;

/// <summary>Finds the shapes of a shapes graph (SHACL §2.1) and compiles each one's targets and constraints.</summary>
internal sealed partial class ShapeCompiler(RdfGraph graph)
{
    private static readonly RdfTerm[] ShapeValuedPredicates =
        [ShaclTerms.Node, ShaclTerms.Property, ShaclTerms.Not, ShaclTerms.QualifiedValueShape];

    private static readonly RdfTerm[] ShapeListPredicates = [ShaclTerms.And, ShaclTerms.Or, ShaclTerms.Xone];

    private static readonly RdfTerm[] TargetPredicates =
        [ShaclTerms.TargetClass, ShaclTerms.TargetNode, ShaclTerms.TargetSubjectsOf, ShaclTerms.TargetObjectsOf];

    public Dictionary<RdfTerm, Shape> CompileAll()
    {
        var nodes = new TermSet();
        foreach (var type in (RdfTerm[])[ShaclTerms.NodeShape, ShaclTerms.PropertyShape])
        {
            foreach (var s in graph.Subjects(ShaclTerms.Type, type))
            {
                nodes.Add(s);
            }
        }

        foreach (var predicate in TargetPredicates.Append(ShaclTerms.Path))
        {
            foreach (var (s, _) in graph.WithPredicate(predicate))
            {
                nodes.Add(s);
            }
        }

        foreach (var predicate in ShapeValuedPredicates)
        {
            foreach (var (_, o) in graph.WithPredicate(predicate))
            {
                nodes.Add(o);
            }
        }

        foreach (var predicate in ShapeListPredicates)
        {
            foreach (var (_, list) in graph.WithPredicate(predicate))
            {
                foreach (var member in graph.List(list))
                {
                    nodes.Add(member);
                }
            }
        }

        var shapes = new Dictionary<RdfTerm, Shape>();
        foreach (var node in nodes.Items)
        {
            if (!node.IsLiteral)
            {
                shapes[node] = Compile(node);
            }
        }

        return shapes;
    }

    private Shape Compile(RdfTerm node)
    {
        var shape = new Shape(node);
        if (graph.Object(node, ShaclTerms.Path) is { } path)
        {
            shape.Path = PathParser.Parse(graph, path);
        }

        shape.Deactivated = graph.Object(node, ShaclTerms.Deactivated) is { Value: "true" or "1" } d && d.IsLiteral;
        shape.Severity = graph.Object(node, ShaclTerms.Severity)?.Value switch
        {
            ShaclTerms.ShNamespace + "Warning" => ShaclSeverity.Warning,
            ShaclTerms.ShNamespace + "Info" => ShaclSeverity.Info,
            _ => ShaclSeverity.Violation,
        };
        shape.Message = PickMessage(graph.Objects(node, ShaclTerms.Message));
        AddTargets(shape);
        AddConstraints(shape);
        return shape;
    }

    private static string? PickMessage(IReadOnlyList<RdfTerm> messages) =>
        messages.FirstOrDefault(m => m.Language is null or "en" && m.IsLiteral)?.Value
        ?? messages.FirstOrDefault(m => m.IsLiteral)?.Value;

    private void AddTargets(Shape shape)
    {
        var node = shape.Node;
        foreach (var c in graph.Objects(node, ShaclTerms.TargetClass))
        {
            shape.Targets.Add(new Target(TargetKind.Class, c));
        }

        // SHACL §2.1.3.3: a shape that is also an rdfs:Class targets its own instances.
        if (node.IsIri && (graph.Contains(node, ShaclTerms.Type, ShaclTerms.RdfsClass) || graph.Contains(node, ShaclTerms.Type, ShaclTerms.OwlClass)))
        {
            shape.Targets.Add(new Target(TargetKind.Class, node));
        }

        foreach (var n in graph.Objects(node, ShaclTerms.TargetNode))
        {
            shape.Targets.Add(new Target(TargetKind.Node, n));
        }

        foreach (var p in graph.Objects(node, ShaclTerms.TargetSubjectsOf))
        {
            shape.Targets.Add(new Target(TargetKind.SubjectsOf, p));
        }

        foreach (var p in graph.Objects(node, ShaclTerms.TargetObjectsOf))
        {
            shape.Targets.Add(new Target(TargetKind.ObjectsOf, p));
        }
    }
}
