using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;
using Credentials.Shacl.Paths;
using Credentials.Shacl.Shapes;

namespace Credentials.Shacl.Validation;

/// <summary>Validates a data graph against a compiled shapes graph with the SHACL Core constraint components.</summary>
public static class ShaclValidator
{
    /// <summary>Validation stops after this many results (the report says so); a hostile graph cannot flood memory.</summary>
    public const int MaxResults = 10_000;

    /// <summary>Validates the default graph of <paramref name="data"/>.</summary>
    /// <param name="shapes">The compiled shapes.</param>
    /// <param name="data">The data graph.</param>
    /// <param name="cancellationToken">Cancels a long validation.</param>
    /// <returns>The report; an invalid graph is a report with results, never an exception.</returns>
    public static ValidationReport Validate(ShapesGraph shapes, RdfDataset data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        ArgumentNullException.ThrowIfNull(data);
        var graph = new RdfGraph(data);
        var run = new ValidationRun(shapes, graph, cancellationToken);
        var sink = new ResultSink(MaxResults);
        foreach (var shape in shapes.Targeted)
        {
            foreach (var focus in FocusNodes(run, shape))
            {
                run.ValidateShape(shape, focus, sink);
                if (sink.Full)
                {
                    return new ValidationReport(sink.Results, truncated: true);
                }
            }
        }

        return new ValidationReport(sink.Results, truncated: false);
    }

    private static IReadOnlyList<RdfTerm> FocusNodes(ValidationRun run, Shape shape)
    {
        var nodes = new TermSet();
        foreach (var target in shape.Targets)
        {
            switch (target.Kind)
            {
                case TargetKind.Node:
                    nodes.Add(target.Term);
                    break;
                case TargetKind.Class:
                    foreach (var instance in run.InstancesOf(target.Term))
                    {
                        nodes.Add(instance);
                    }

                    break;
                case TargetKind.SubjectsOf:
                    foreach (var (s, _) in run.Data.WithPredicate(target.Term))
                    {
                        nodes.Add(s);
                    }

                    break;
                case TargetKind.ObjectsOf:
                    foreach (var (_, o) in run.Data.WithPredicate(target.Term))
                    {
                        nodes.Add(o);
                    }

                    break;
            }
        }

        return nodes.Items;
    }
}
