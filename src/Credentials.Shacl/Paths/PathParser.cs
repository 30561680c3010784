using Credentials.JsonLd.Rdf;
using Credentials.Shacl.Graph;

namespace Credentials.Shacl.Paths;

/// <summary>Reads a SHACL property path from the shapes graph (SHACL §2.3.1).</summary>
internal static class PathParser
{
    private const int MaxDepth = 32;

    /// <exception cref="ShaclException">The path is malformed, cyclic or too deep.</exception>
    public static ShaclPath Parse(RdfGraph shapes, RdfTerm node) => Parse(shapes, node, 0);

    private static ShaclPath Parse(RdfGraph shapes, RdfTerm node, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ShaclException("property path nested deeper than 32 levels (or cyclic) at " + node);
        }

        if (node.IsIri)
        {
            return new PredicatePath(node);
        }

        if (node.IsLiteral)
        {
            throw new ShaclException("a literal is not a property path: " + node);
        }

        if (shapes.Object(node, ShaclTerms.First) is not null)
        {
            var steps = shapes.List(node).Select(s => Parse(shapes, s, depth + 1)).ToList();
            return steps.Count >= 2 ? new SequencePath(steps) : throw new ShaclException("a sequence path needs at least two members");
        }

        if (shapes.Object(node, ShaclTerms.InversePath) is { } inverse)
        {
            return new InversePath(Parse(shapes, inverse, depth + 1));
        }

        if (shapes.Object(node, ShaclTerms.AlternativePath) is { } alternatives)
        {
            var members = shapes.List(alternatives).Select(s => Parse(shapes, s, depth + 1)).ToList();
            return members.Count >= 2 ? new AlternativePath(members) : throw new ShaclException("an alternative path needs at least two members");
        }

        if (shapes.Object(node, ShaclTerms.ZeroOrMorePath) is { } zeroOrMore)
        {
            return new RepeatPath(Parse(shapes, zeroOrMore, depth + 1), includeFocus: true, unbounded: true);
        }

        if (shapes.Object(node, ShaclTerms.OneOrMorePath) is { } oneOrMore)
        {
            return new RepeatPath(Parse(shapes, oneOrMore, depth + 1), includeFocus: false, unbounded: true);
        }

        if (shapes.Object(node, ShaclTerms.ZeroOrOnePath) is { } zeroOrOne)
        {
            return new RepeatPath(Parse(shapes, zeroOrOne, depth + 1), includeFocus: true, unbounded: false);
        }

        throw new ShaclException("unrecognised property path at " + node);
    }
}
