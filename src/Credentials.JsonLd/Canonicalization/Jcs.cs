using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.JsonLd.Canonicalization;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): members sorted by the UTF-16 code units of their names, no
/// whitespace, ECMAScript number form, minimal string escaping, UTF-8 output.
/// </summary>
public static class Jcs
{
    /// <summary>Canonicalizes <paramref name="value"/> to UTF-8 bytes.</summary>
    /// <param name="value">Any JSON value.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">The value has no canonical form: a number outside the IEEE 754 double
    /// range, a lone surrogate, or a duplicate member name (RFC 8785 §3.1, I-JSON).</exception>
    public static byte[] Canonicalize(JsonElement value) =>
        TryCanonicalize(value, out var utf8, out var error) ? utf8 : throw new ArgumentException(error, nameof(value));

    /// <summary>Canonicalizes <paramref name="value"/> to UTF-8 bytes.</summary>
    /// <param name="value">Any JSON node; null is the JSON literal <c>null</c>.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">As for the <see cref="JsonElement"/> overload.</exception>
    public static byte[] Canonicalize(JsonNode? value) =>
        TryCanonicalize(value, out var utf8, out var error) ? utf8 : throw new ArgumentException(error, nameof(value));

    /// <summary>Canonicalizes <paramref name="value"/>, or says why it cannot be.</summary>
    /// <param name="value">Any JSON value.</param>
    /// <param name="utf8">The canonical UTF-8 bytes on success.</param>
    /// <param name="error">Why there is no canonical form, on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryCanonicalize(JsonElement value, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out string? error)
    {
        var writer = new JcsWriter();
        return Finish(writer, writer.Write(value, 0), out utf8, out error);
    }

    /// <summary>Canonicalizes <paramref name="value"/>, or says why it cannot be.</summary>
    /// <param name="value">Any JSON node; null is the JSON literal <c>null</c>.</param>
    /// <param name="utf8">The canonical UTF-8 bytes on success.</param>
    /// <param name="error">Why there is no canonical form, on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryCanonicalize(JsonNode? value, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out string? error)
    {
        var writer = new JcsWriter();
        return Finish(writer, writer.Write(value, 0), out utf8, out error);
    }

    /// <summary>
    /// The canonical text of a value of the processor's internal JSON model, for <c>rdf:JSON</c> literals (JSON-LD 1.1
    /// API §8.6 step 7) and for comparing values.
    /// </summary>
    /// <exception cref="JsonLdException">The value has no canonical form.</exception>
    internal static string SerializeModel(object? value)
    {
        var writer = new JcsWriter();
        return writer.WriteModel(value, 0) is { } error
            ? throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentInvalidJson, "a JSON value has no RFC 8785 canonical form: " + error)
            : Encoding.UTF8.GetString(writer.Written);
    }

    private static bool Finish(JcsWriter writer, string? failure, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out string? error)
    {
        error = failure;
        utf8 = error is null ? writer.Written.ToArray() : null;
        return error is null;
    }
}
