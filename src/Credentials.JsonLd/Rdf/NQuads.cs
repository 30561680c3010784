using System.Globalization;
using System.Text;

namespace Credentials.JsonLd.Rdf;

/// <summary>
/// N-Quads serialization in the canonical form that RDFC-1.0 §4.3 hashes (RDF 1.2 N-Quads canonical form), and a
/// parser for RDF 1.1 N-Quads documents.
/// </summary>
public static class NQuads
{
    /// <summary>Serializes quads, one line each, every line ending in <c>" .\n"</c>, in the given order.</summary>
    /// <param name="quads">The quads.</param>
    /// <returns>The N-Quads document.</returns>
    public static string Serialize(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var builder = new StringBuilder();
        foreach (var quad in quads)
        {
            AppendQuad(builder, quad);
        }

        return builder.ToString();
    }

    /// <summary>Parses an N-Quads document. Blank node labels are kept as written.</summary>
    /// <param name="document">The document text.</param>
    /// <returns>The quads, in document order (duplicates removed).</returns>
    /// <exception cref="FormatException">The text is not valid N-Quads; the message names the line.</exception>
    public static RdfDataset Parse(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new NQuadsParser(document).ParseDocument();
    }

    /// <summary>Parses generalized N-Quads, where a predicate may be a blank node (JSON-LD produceGeneralizedRdf).</summary>
    /// <param name="document">The document text.</param>
    /// <returns>The quads.</returns>
    internal static RdfDataset ParseGeneralized(string document) => new NQuadsParser(document, generalized: true).ParseDocument();

    /// <summary>Appends one quad line (with the terminating <c>" .\n"</c>).</summary>
    /// <param name="builder">The target.</param>
    /// <param name="quad">The quad.</param>
    internal static void AppendQuad(StringBuilder builder, Quad quad)
    {
        AppendTerm(builder, quad.Subject);
        builder.Append(' ');
        AppendTerm(builder, quad.Predicate);
        builder.Append(' ');
        AppendTerm(builder, quad.Object);
        if (quad.Graph is not null)
        {
            builder.Append(' ');
            AppendTerm(builder, quad.Graph);
        }

        builder.Append(" .\n");
    }

    /// <summary>Appends one term in canonical N-Quads syntax.</summary>
    /// <param name="builder">The target.</param>
    /// <param name="term">The term.</param>
    internal static void AppendTerm(StringBuilder builder, RdfTerm term)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                builder.Append('<').Append(term.Value).Append('>');
                break;
            case RdfTermKind.BlankNode:
                builder.Append("_:").Append(term.Value);
                break;
            default:
                builder.Append('"');
                AppendEscaped(builder, term.Value);
                builder.Append('"');
                if (term.Language is not null)
                {
                    builder.Append('@').Append(term.Language);
                }
                else if (term.Datatype is not null && term.Datatype != RdfVocabulary.XsdString)
                {
                    builder.Append("^^<").Append(term.Datatype).Append('>');
                }

                break;
        }
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        // RDF 1.2 N-Quads canonical form: \b \t \n \f \r \" \\ as ECHAR, other controls and DEL as upper-case UCHAR.
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
            {
                continue;
            }

            builder.Append(value, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        builder.Append(value, start, value.Length - start);
    }
}
