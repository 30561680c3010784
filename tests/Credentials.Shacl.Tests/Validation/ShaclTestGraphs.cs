using Credentials.Shacl.Shapes;
using Credentials.Shacl.Turtle;
using Credentials.Shacl.Validation;

namespace Credentials.Shacl.Tests.Validation;

/// <summary>Validates small Turtle graphs with the common prefixes declared.</summary>
internal static class ShaclTestGraphs
{
    public const string Prefixes = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix ex: <http://ex.org/> .

        """;

    public static ValidationReport Validate(string shapes, string data) =>
        ShaclValidator.Validate(ShapesGraph.Parse(Prefixes + shapes), TurtleParser.Parse(Prefixes + data));
}
