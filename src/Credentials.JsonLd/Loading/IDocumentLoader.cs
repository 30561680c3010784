namespace Credentials.JsonLd.Loading;

/// <summary>Loads documents referenced by a JSON-LD document (remote contexts, <c>@import</c>).</summary>
public interface IDocumentLoader
{
    /// <summary>Returns the document at <paramref name="url"/>.</summary>
    /// <param name="url">An absolute URL.</param>
    /// <returns>The parsed document and the URL it was finally retrieved from.</returns>
    /// <exception cref="Processing.JsonLdException">The document is not available (error code <c>loading document failed</c>).</exception>
    RemoteDocument LoadDocument(string url);
}
