namespace Credentials.Shacl.Turtle;

/// <summary>Limits and the base IRI for <see cref="TurtleParser"/>.</summary>
public sealed record TurtleOptions
{
    /// <summary>The default options: 8 MiB of text, nesting depth 64, no base IRI.</summary>
    public static TurtleOptions Default { get; } = new();

    /// <summary>The base IRI relative IRIs resolve against until the document sets one; none by default.</summary>
    public string? BaseIri { get; init; }

    /// <summary>
    /// The start of the labels given to blank nodes (followed by a counter); give each document its own prefix when
    /// merging graphs, so their blank nodes stay apart.
    /// </summary>
    public string BlankNodePrefix { get; init; } = "b";

    /// <summary>The largest document accepted, in UTF-16 code units.</summary>
    public int MaxLength { get; init; } = 8 * 1024 * 1024;

    /// <summary>The deepest nesting of blank node property lists and collections.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most triples a document may produce.</summary>
    public int MaxTriples { get; init; } = 1_000_000;
}
