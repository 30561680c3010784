using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Credentials.Documents.Offers;
using Credentials.Issuer.Batches;
using Credentials.Issuer.Sharing;
using Credentials.Model.Registry;
using Credentials.Web.Authentication;
using Credentials.Web.Certificates;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Batches;

/// <summary>
/// <c>POST /batches/{id}/offers</c> (API key, <c>{"txCode"?: true}</c>): one OpenID4VCI wallet offer per learner of the
/// batch, answered once as a ZIP of the delivery manifest with the offer columns (<c>manifest.csv</c>) and each offer's
/// QR code (<c>offers/{file}.png</c>). The codes are not kept, so the ZIP is the only copy: deliver the tx_codes apart.
/// </summary>
internal static class BatchOfferEndpoints
{
    public static IEndpointRouteBuilder MapBatchOffers(this IEndpointRouteBuilder app)
    {
        app.MapPost("/batches/{batchId}/offers", MakeAsync).AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MakeAsync(
        string batchId, HttpContext context, WebOptions options, IBatchStore batches, ICredentialStore store, ShareLinks links, BatchOffers offers,
        CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var (withTxCode, bodyProblem) = await Wallet.OfferRequest.ReadAsync(context, options, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var issuer = ApiKeyFilter.Issuer(context);
        if (await batches.FindOwnAsync(batchId, issuer, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.Problem("There is no such batch.", statusCode: StatusCodes.Status404NotFound, title: "Unknown batch");
        }

        var deliveries = await BatchDeliveries.ListAsync(batchId, batches, store, cancellationToken).ConfigureAwait(false);
        var made = await offers.MakeAsync(issuer, batchId, [.. deliveries.Select(d => d.Record.CredentialId)], withTxCode, cancellationToken).ConfigureAwait(false);
        var manifest = new DeliveryManifestCsv(withOffers: true);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < deliveries.Count; i++)
            {
                var (record, stem) = deliveries[i];
                var offer = made[i].Offer;
                var qrFile = offer is null ? null : "offers/" + stem + ".png";
                if (offer is not null)
                {
                    var entry = archive.CreateEntry(qrFile!, CompressionLevel.NoCompression);
                    await using var stream = entry.Open();
                    await stream.WriteAsync(QrCodePng.Render(offer.Url), cancellationToken).ConfigureAwait(false);
                }

                var link = record.Content.IsEmpty ? null : await links.CurrentOrNewAsync(record.CredentialId, cancellationToken).ConfigureAwait(false);
                manifest.AddWithOffer(
                    record.StudentNumber ?? record.LearnerReference,
                    record.CredentialId,
                    stem + Path.GetExtension(CertificateService.FileName(record)),
                    record.Content.IsEmpty ? null : stem + ".pdf",
                    link is null ? null : ShareLinks.Url(Sharing.ShareLinkEndpoints.BaseUrl(context, options), link),
                    link?.ExpiresAt,
                    offer?.Url,
                    qrFile,
                    offer?.TxCode,
                    offer?.Record.ExpiresAt);
            }

            var manifestEntry = archive.CreateEntry("manifest.csv");
            await using var manifestStream = manifestEntry.Open();
            await manifestStream.WriteAsync(new UTF8Encoding(false).GetBytes(manifest.ToString()), cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.File(zip.ToArray(), "application/zip", batchId + "-offers.zip");
    }
}
