using System.Buffers;
using System.Text.Json;

namespace Credentials.Web.Composition;

/// <summary>Reads a request body into memory, refusing it before parsing when it is larger than the limit (design §8).</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it exceeds <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // The body stays in the server's pooled pipe segments until it is complete, then is copied once into an array
        // of its exact size. A scratch array and a growing MemoryStream per request cost about 160 KB of garbage for an
        // 18 KB credential, and their collections were a quarter of the verify endpoint's time under load (issue 19).
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (result.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The media type without parameters, lower-cased; empty when absent.</summary>
    public static string MediaType(HttpRequest request) =>
        (request.ContentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>
    /// The body of a JSON endpoint, or the problem to answer instead: 413 over <paramref name="maxBytes"/>, 415 for a
    /// media type other than <c>application/json</c> or <c>application/ld+json</c>.
    /// </summary>
    public static async Task<(byte[]? Body, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> ReadJsonAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, Problems.TooLarge(maxBytes));
        }

        return MediaType(request) is "application/json" or "application/ld+json"
            ? (body, null)
            : (null, Problems.UnsupportedMediaType("application/json"));
    }

    /// <summary>How every JSON endpoint parses its body: a repeated member name is an error (ambiguous input is refused), nesting at most 64.</summary>
    public static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <summary>The sentence answered when a body does not parse under <see cref="StrictJson"/>.</summary>
    public const string NotStrictJson = "The body is not valid JSON (or repeats a member name).";

    /// <summary>The sentence answered when a body's strings are not valid Unicode (invalid UTF-8, a lone surrogate).</summary>
    public const string NotUnicode = "The body holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate).";

    /// <summary>
    /// The body parsed under <see cref="StrictJson"/>; null with <see cref="NotStrictJson"/> as the error when it does
    /// not parse, or <see cref="NotUnicode"/> when a string in it cannot be read as text.
    /// </summary>
    public static JsonDocument? ParseStrict(byte[] body, out string? error)
    {
        // Broken UTF-8 or an escaped lone surrogate would make every string read later throw: refuse it here.
        var span = body.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (Credentials.Proofs.Jws.JsonText.Problem(span) is { } text)
        {
            error = "The body is not valid JSON text: " + text + ".";
            return null;
        }

        try
        {
            error = null;
            var document = JsonDocument.Parse(body, StrictJson);
            if (!Credentials.Proofs.Jws.JsonText.IsReadable(document.RootElement))
            {
                document.Dispose();
                error = NotUnicode;
                return null;
            }

            return document;
        }
        catch (JsonException)
        {
            error = NotStrictJson;
            return null;
        }
    }
}
