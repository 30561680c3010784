namespace Credentials.Model.Ports;

/// <summary>
/// Supplies DID documents that cannot be derived offline (<c>did:web</c>). The CLI reads a local file; the service
/// fetches from operator-allowed hosts. Implementations return null when the document cannot be had; the verifier
/// then reports the key as unresolved (Indeterminate), never as valid.
/// </summary>
public interface IDidDocumentSource
{
    /// <summary>Returns the DID document JSON for <paramref name="did"/>, or null when unavailable.</summary>
    Task<string?> GetAsync(string did, CancellationToken cancellationToken);
}
