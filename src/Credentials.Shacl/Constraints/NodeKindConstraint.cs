using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;
using Credentials.Shacl.Shapes;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Constraints;

/// <summary>sh:nodeKind (SHACL §4.1.3).</summary>
internal sealed class NodeKindConstraint(RdfTerm kind) : IConstraint
{
    public void Validate(ValidationRun run, Shape shape, RdfTerm focus, IReadOnlyList<RdfTerm> values, ResultSink sink)
    {
        var name = kind.Value.StartsWith(ShaclTerms.ShNamespace, StringComparison.Ordinal) ? kind.Value[ShaclTerms.ShNamespace.Length..] : kind.Value;
        foreach (var value in values)
        {
            var matches = name switch
            {
                "IRI" => value.IsIri,
                "BlankNode" => value.IsBlankNode,
                "Literal" => value.IsLiteral,
                "BlankNodeOrIRI" => !value.IsLiteral,
                "BlankNodeOrLiteral" => !value.IsIri,
                "IRIOrLiteral" => !value.IsBlankNode,
                _ => false,
            };
            if (!matches)
            {
                sink.Add(shape, focus, value, "NodeKindConstraintComponent", "Value " + value + " is not of node kind sh:" + name);
            }
        }
    }
}
