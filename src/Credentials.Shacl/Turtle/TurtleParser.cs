using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Turtle;

/// <summary>Parses RDF 1.1 Turtle (W3C Recommendation 2014-02-25) into triples of the default graph.</summary>
public static class TurtleParser
{
    /// <summary>Parses a Turtle document.</summary>
    /// <param name="text">The document.</param>
    /// <param name="options">Limits and base IRI; <see cref="TurtleOptions.Default"/> when null.</param>
    /// <returns>The triples, as quads of the default graph, in document order.</returns>
    /// <exception cref="TurtleException">The document is malformed or exceeds a limit.</exception>
    public static RdfDataset Parse(string text, TurtleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= TurtleOptions.Default;
        if (text.Length > options.MaxLength)
        {
            throw new TurtleException(FormattableString.Invariant($"the document is longer than {options.MaxLength} characters"), 1, 1);
        }

        return new TurtleReader(text, options).ReadDocument();
    }
}
