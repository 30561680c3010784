using Credentials.Issuer.Sharing;
using Credentials.Model.Registry;
using Credentials.Web.Configuration;
using Credentials.Web.Sharing;
using Credentials.Web.Authentication;
using Credentials.Web.Batches;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Certificates;

/// <summary>
/// <c>GET /credentials/{id}/pdf</c> (one learner's PDF certificate) and <c>GET /batches/{id}/pdfs</c> (a ZIP with every
/// PDF of a batch), for the issuer (API key). <c>?lang=fi|sv|en</c> puts that language first. The QR code points at the
/// credential's newest working share link; one is made (default lifetime) when it has none.
/// </summary>
internal static class CertificateEndpoints
{
    public static IEndpointRouteBuilder MapCertificates(this IEndpointRouteBuilder app)
    {
        app.MapGet("/credentials/{credentialId}/pdf", GetPdfAsync).AddEndpointFilter<ApiKeyFilter>();
        app.MapGet("/batches/{batchId}/pdfs", GetBatchPdfsAsync).AddEndpointFilter<ApiKeyFilter>();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound, Conflict<string>, BadRequest<string>>> GetPdfAsync(
        string credentialId, string? lang, HttpContext context, WebOptions options, ICredentialStore store, ShareLinks links,
        CertificateService certificates, CancellationToken cancellationToken)
    {
        if (lang is not (null or "fi" or "sv" or "en"))
        {
            return TypedResults.BadRequest("lang must be fi, sv or en.");
        }

        // Another issuer's credential is answered like an unknown one.
        if (await store.GetAsync(credentialId, cancellationToken).ConfigureAwait(false) is not { State: CredentialRecordState.Issued } record
            || record.Issuer != ApiKeyFilter.Issuer(context))
        {
            return TypedResults.NotFound();
        }

        var pdf = certificates.Make(record, await LinkAsync(record, context, options, links, cancellationToken).ConfigureAwait(false), lang);
        return pdf is null
            ? TypedResults.Conflict("The registry keeps only this credential's hash (StoreCredentialContent is off), so no PDF can be made.")
            : TypedResults.File(pdf, "application/pdf", Path.ChangeExtension(CertificateService.FileName(record), ".pdf"));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, BadRequest<string>>> GetBatchPdfsAsync(
        string batchId, string? lang, HttpContext context, WebOptions options, IBatchStore batches, ICredentialStore store, ShareLinks links,
        CertificateService certificates, CancellationToken cancellationToken)
    {
        if (lang is not (null or "fi" or "sv" or "en"))
        {
            return TypedResults.BadRequest("lang must be fi, sv or en.");
        }

        if (await batches.FindOwnAsync(batchId, ApiKeyFilter.Issuer(context), cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }

        var zip = await BatchPdfArchive.MakeAsync(batchId, lang, context, options, batches, store, links, certificates, cancellationToken).ConfigureAwait(false);
        return TypedResults.File(zip, "application/zip", batchId + "-pdfs.zip");
    }

    /// <summary>The credential's share link for its PDF's QR code (made when it has none); null when the registry keeps only hashes.</summary>
    public static async Task<string?> LinkAsync(IssuedCredentialRecord record, HttpContext context, WebOptions options, ShareLinks links, CancellationToken cancellationToken) =>
        record.Content.IsEmpty || await links.CurrentOrNewAsync(record.CredentialId, cancellationToken).ConfigureAwait(false) is not { } link
            ? null
            : ShareLinks.Url(ShareLinkEndpoints.BaseUrl(context, options), link);
}
