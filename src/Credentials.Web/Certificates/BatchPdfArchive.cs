using System.IO.Compression;
using Credentials.Issuer.Sharing;
using Credentials.Model.Registry;
using Credentials.Web.Batches;
using Credentials.Web.Configuration;

namespace Credentials.Web.Certificates;

/// <summary>A ZIP with the PDF certificate of every credential of a batch (for <c>GET /batches/{id}/pdfs</c> and the issuer page).</summary>
internal static class BatchPdfArchive
{
    /// <summary>The ZIP's bytes; rows without a kept credential are left out. The caller has checked the batch is the issuer's.</summary>
    public static async Task<byte[]> MakeAsync(
        string batchId, string? lang, HttpContext context, WebOptions options, IBatchStore batches, ICredentialStore store, ShareLinks links,
        CertificateService certificates, CancellationToken cancellationToken)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (record, stem) in await BatchDeliveries.ListAsync(batchId, batches, store, cancellationToken).ConfigureAwait(false))
            {
                if (certificates.Make(
                    record, await CertificateEndpoints.LinkAsync(record, context, options, links, cancellationToken).ConfigureAwait(false), lang,
                    stem + Path.GetExtension(CertificateService.FileName(record))) is not { } pdf)
                {
                    continue;
                }

                // PDFs are compressed already; storing them keeps the ZIP fast to make.
                var entry = archive.CreateEntry(stem + ".pdf", CompressionLevel.NoCompression);
                await using var stream = entry.Open();
                await stream.WriteAsync(pdf, cancellationToken).ConfigureAwait(false);
            }
        }

        return zip.ToArray();
    }
}
