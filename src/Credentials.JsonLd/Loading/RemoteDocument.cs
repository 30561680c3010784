using System.Text.Json;

namespace Credentials.JsonLd.Loading;

/// <summary>A loaded document (JSON-LD 1.1 API §9.4.3 RemoteDocument, reduced to what offline loading needs).</summary>
/// <param name="DocumentUrl">The final URL of the document, used as its base IRI.</param>
/// <param name="Document">The parsed JSON content.</param>
public sealed record RemoteDocument(string DocumentUrl, JsonElement Document);
