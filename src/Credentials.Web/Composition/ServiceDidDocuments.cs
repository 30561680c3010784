using Credentials.Model.Ports;
using Credentials.Proofs.Dids;

namespace Credentials.Web.Composition;

/// <summary>DID documents from configured files first, then <c>did:web</c> over HTTPS for allowed hosts only.</summary>
internal sealed class ServiceDidDocuments(FileDidDocuments files, AllowedHostFetcher fetcher) : IDidDocumentSource
{
    public async Task<string?> GetAsync(string did, CancellationToken cancellationToken)
    {
        if (await files.GetAsync(did, cancellationToken).ConfigureAwait(false) is { } local)
        {
            return local;
        }

        if (!did.StartsWith("did:web:", StringComparison.Ordinal))
        {
            return null;
        }

        Uri url;
        try
        {
            url = DidWeb.DocumentUrl(did);
        }
        catch (FormatException)
        {
            return null;
        }

        return await fetcher.GetAsync(url, cancellationToken).ConfigureAwait(false);
    }
}
