using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Shapes;

namespace Credentials.Shacl.Validation;

/// <summary>Collects results; a conformance probe (for sh:node, sh:not, sh:or ...) stops at the first one.</summary>
internal sealed class ResultSink(int limit)
{
    private readonly List<ValidationResult> results = [];

    public IReadOnlyList<ValidationResult> Results => results;

    /// <summary>True when no more results are wanted (the probe has its answer, or the limit is reached).</summary>
    public bool Full => results.Count >= limit;

    public void Add(Shape shape, RdfTerm focus, RdfTerm? value, string component, string message, string? path = null, IReadOnlyList<ValidationResult>? details = null)
    {
        if (Full)
        {
            return;
        }

        results.Add(new ValidationResult(
            focus,
            path ?? shape.Path?.ToString(),
            value,
            Graph.ShaclTerms.ShNamespace + component,
            shape.Node,
            shape.Severity,
            shape.Message ?? message,
            details));
    }
}
