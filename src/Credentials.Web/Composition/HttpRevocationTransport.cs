using System.Net.Http.Headers;
using Credentials.Proofs.Jades;

namespace Credentials.Web.Composition;

/// <summary>
/// The seal verifier's revocation exchanges over HTTP: GET for a CRL, POST for an OCSP request (RFC 6960 A.1), over
/// an <see cref="HttpClient"/> that follows no redirects; the body is read only up to the size limit. Any failure is
/// null, which leaves revocation unknown. Which URLs are asked, and for how long, <see cref="RevocationFetcher"/> decides.
/// The command line compiles this same file for <c>verify --revocation-hosts</c>.
/// </summary>
internal sealed class HttpRevocationTransport(HttpClient http) : IRevocationTransport
{
    public async Task<byte[]?> SendAsync(Uri url, byte[]? body, string? mediaType, int maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType ?? "application/octet-stream");
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > maxBytes)
            {
                return null;
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[16384];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }
}
