using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Validation;

/// <summary>One SHACL validation result (SHACL §3.6.2).</summary>
/// <param name="FocusNode">The focus node that was validated.</param>
/// <param name="Path">The result path in SPARQL property-path syntax, or null for node shapes.</param>
/// <param name="Value">The value node that failed, when there is one.</param>
/// <param name="SourceConstraintComponent">The IRI of the constraint component, e.g. <c>sh:MinCountConstraintComponent</c>.</param>
/// <param name="SourceShape">The shape whose constraint failed.</param>
/// <param name="Severity">The shape's severity.</param>
/// <param name="Message">The shape's <c>sh:message</c>, or a generated description of the failure.</param>
/// <param name="Details">For sh:node failures, the results that made the value fail the node shape (SHACL §3.6.2.6 <c>sh:detail</c>).</param>
public sealed record ValidationResult(
    RdfTerm FocusNode,
    string? Path,
    RdfTerm? Value,
    string SourceConstraintComponent,
    RdfTerm SourceShape,
    ShaclSeverity Severity,
    string Message,
    IReadOnlyList<ValidationResult>? Details = null)
{
    /// <summary>The component's local name, e.g. <c>MinCountConstraintComponent</c>.</summary>
    public string ComponentName => SourceConstraintComponent[(SourceConstraintComponent.LastIndexOfAny(['#', '/', ':']) + 1)..];
}
