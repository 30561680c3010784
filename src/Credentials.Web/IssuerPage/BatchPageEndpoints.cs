using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Issuer.Batches;
using Credentials.Issuer.Sharing;
using Credentials.Model.Registry;
using Credentials.Web.Batches;
using Credentials.Web.Certificates;
using Credentials.Web.Configuration;
using Credentials.Web.Page;

namespace Credentials.Web.IssuerPage;

/// <summary>
/// A batch on the issuer page: <c>/issuer/batches/{id}</c> (progress; a small script polls <c>…/progress</c>, a refresh
/// link does without it) and, once issued, <c>…/credentials.zip</c>, <c>…/pdfs.zip</c> and <c>…/manifest.csv</c>.
/// Another issuer's batch does not exist here.
/// </summary>
internal static class BatchPageEndpoints
{
    public static IEndpointRouteBuilder MapIssuerBatches(this IEndpointRouteBuilder app)
    {
        app.MapGet("/issuer/batches/{batchId}", ShowAsync);
        app.MapGet("/issuer/batches/{batchId}/progress", ProgressAsync);
        app.MapGet("/issuer/batches/{batchId}/credentials.zip", CredentialsAsync);
        app.MapGet("/issuer/batches/{batchId}/pdfs.zip", PdfsAsync);
        app.MapGet("/issuer/batches/{batchId}/manifest.csv", ManifestAsync);
        return app;
    }

    private static async Task<IResult> ShowAsync(string batchId, HttpContext context, IBatchStore batches, CancellationToken cancellationToken)
    {
        var language = PageLanguage.Choose(context.Request, null);
        if (await IssuerSession.CurrentAsync(context).ConfigureAwait(false) is not { } session)
        {
            return SeeOther.SignIn(context, language);
        }

        var view = new IssuerView(context, language, session);
        if (await batches.FindOwnAsync(batchId, session.Issuer, cancellationToken).ConfigureAwait(false) is not { } batch)
        {
            view.Alert(view.T("unknownBatch"), error: true);
            return view.Result(view.T("navUpload"), StatusCodes.Status404NotFound);
        }

        var done = batch.IssuedRows + batch.FailedRows;
        var state = batch.State.ToString().ToLowerInvariant();
        var path = "/issuer/batches/" + batch.BatchId;
        view.Body.Append("<section id=\"batch\" data-progress=\"").Append(IssuerView.E(path + "/progress")).Append("\" data-state=\"").Append(state).Append("\">\n")
            .Append("<p id=\"state\" role=\"status\">").Append(view.T("state." + state)).Append("</p>\n")
            .Append("<progress id=\"bar\" max=\"").Append(batch.TotalRows).Append("\" value=\"").Append(done).Append("\"></progress>\n")
            .Append("<p id=\"count\">").Append(view.F("progress", done, batch.TotalRows)).Append("</p>\n")
            .Append("<p><a id=\"refresh\" href=\"").Append(view.Href(path)).Append("\">").Append(view.T("refresh")).Append("</a></p>\n</section>\n");
        if (batch.State == BatchState.Completed)
        {
            view.Body.Append("<h2>").Append(view.T("downloads")).Append("</h2>\n<ul id=\"downloads\">\n");
            foreach (var (file, key) in new[] { ("credentials.zip", "dlCredentials"), ("pdfs.zip", "dlPdfs"), ("manifest.csv", "dlManifest") })
            {
                view.Body.Append("<li><a href=\"").Append(view.Href(path + "/" + file)).Append("\" download>").Append(view.T(key)).Append("</a></li>\n");
            }

            view.Body.Append("</ul>\n");
        }

        return view.Result(view.F("batchTitle", batch.BatchId), script: "/issuer/assets/issuer.js");
    }

    private static async Task<IResult> ProgressAsync(string batchId, HttpContext context, IBatchStore batches, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (await IssuerSession.CurrentAsync(context).ConfigureAwait(false) is not { } session)
        {
            return TypedResults.Problem("Sign in on the issuer page first.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        if (await batches.FindOwnAsync(batchId, session.Issuer, cancellationToken).ConfigureAwait(false) is not { } batch)
        {
            return TypedResults.Problem("There is no such batch of this issuer.", statusCode: StatusCodes.Status404NotFound, title: "Unknown batch");
        }

        var language = PageLanguage.Choose(context.Request, null);
        var done = batch.IssuedRows + batch.FailedRows;
        var state = batch.State.ToString().ToLowerInvariant();
        return TypedResults.Ok(new JsonObject
        {
            ["state"] = state,
            ["total"] = batch.TotalRows,
            ["done"] = done,
            ["stateText"] = IssuerPageTexts.Get("state." + state, language),
            ["countText"] = IssuerPageTexts.Format("progress", language, done, batch.TotalRows),
        });
    }

    private static async Task<IResult> CredentialsAsync(string batchId, HttpContext context, IBatchStore batches, ICredentialStore store, CancellationToken cancellationToken)
    {
        if (await OwnAsync(batchId, context, batches, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (record, stem) in await BatchDeliveries.ListAsync(batchId, batches, store, cancellationToken).ConfigureAwait(false))
            {
                if (!record.Content.IsEmpty)
                {
                    var entry = archive.CreateEntry(stem + Path.GetExtension(CertificateService.FileName(record)), CompressionLevel.Optimal);
                    await using var stream = entry.Open();
                    await stream.WriteAsync(record.Content, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return TypedResults.File(zip.ToArray(), "application/zip", batchId + "-credentials.zip");
    }

    private static async Task<IResult> PdfsAsync(
        string batchId, HttpContext context, WebOptions options, IBatchStore batches, ICredentialStore store, ShareLinks links, CertificateService certificates, CancellationToken cancellationToken)
    {
        if (await OwnAsync(batchId, context, batches, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var zip = await BatchPdfArchive.MakeAsync(batchId, PageLanguage.Choose(context.Request, null), context, options, batches, store, links, certificates, cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.File(zip, "application/zip", batchId + "-pdfs.zip");
    }

    private static async Task<IResult> ManifestAsync(
        string batchId, HttpContext context, WebOptions options, IBatchStore batches, ICredentialStore store, ShareLinks links, CancellationToken cancellationToken)
    {
        if (await OwnAsync(batchId, context, batches, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var manifest = new DeliveryManifestCsv();
        foreach (var (record, stem) in await BatchDeliveries.ListAsync(batchId, batches, store, cancellationToken).ConfigureAwait(false))
        {
            // The same link the PDF's QR code carries (made when the credential has none).
            var link = record.Content.IsEmpty ? null : await links.CurrentOrNewAsync(record.CredentialId, cancellationToken).ConfigureAwait(false);
            manifest.Add(
                record.StudentNumber ?? record.LearnerReference,
                record.CredentialId,
                stem + Path.GetExtension(CertificateService.FileName(record)),
                record.Content.IsEmpty ? null : stem + ".pdf",
                link is null ? null : ShareLinks.Url(Sharing.ShareLinkEndpoints.BaseUrl(context, options), link),
                link?.ExpiresAt);
        }

        return TypedResults.File(new UTF8Encoding(false).GetBytes(manifest.ToString()), "text/csv; charset=utf-8", batchId + "-manifest.csv");
    }

    /// <summary>Null when the request is signed in and the batch is its issuer's; otherwise the answer to give.</summary>
    private static async Task<IResult?> OwnAsync(string batchId, HttpContext context, IBatchStore batches, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (await IssuerSession.CurrentAsync(context).ConfigureAwait(false) is not { } session)
        {
            return SeeOther.SignIn(context, PageLanguage.Choose(context.Request, null));
        }

        return await batches.FindOwnAsync(batchId, session.Issuer, cancellationToken).ConfigureAwait(false) is null
            ? TypedResults.Problem("There is no such batch of this issuer.", statusCode: StatusCodes.Status404NotFound, title: "Unknown batch")
            : null;
    }
}
