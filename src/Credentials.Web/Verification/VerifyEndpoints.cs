using Credentials.Verifier.Reports;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Verification;

/// <summary><c>POST /credentials/verify</c> (VC-API): public, size-limited, rate-limited; nothing is logged or stored.</summary>
internal static class VerifyEndpoints
{
    public static IEndpointRouteBuilder MapVerification(this IEndpointRouteBuilder app)
    {
        app.MapPost("/credentials/verify", VerifyAsync)
            .RequireRateLimiting(ServiceSetup.VerifyRateLimit)
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<ReportResult, ProblemHttpResult>> VerifyAsync(
        HttpRequest request, WebOptions options, VerifierFactory verifiers, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.TooLarge(options.MaxBodyBytes);
        }

        VerifyRequest parsed;
        switch (RequestBody.MediaType(request))
        {
            case "application/json":
            case "application/ld+json":
                var (read, error) = VerifyRequestReader.Read(body);
                if (read is null)
                {
                    return Problems.Unreadable(error!);
                }

                parsed = read;
                break;
            case "application/jwt":
            case "text/plain":
            case "application/pdf":
                parsed = new VerifyRequest(body, null);
                break;
            default:
                return Problems.UnsupportedMediaType("application/json, application/jwt, text/plain or application/pdf");
        }

        var verifier = verifiers.For(parsed.Checks, parsed.AsOf, parsed.KeyBinding);
        var report = Documents.Reading.PdfVerification.IsPdf(parsed.Credential.Span)
            ? await Documents.Reading.PdfVerification.VerifyAsync(verifier, parsed.Credential.ToArray(), cancellationToken).ConfigureAwait(false)
            : await verifier.VerifyAsync(parsed.Credential, cancellationToken).ConfigureAwait(false);
        // VC-API: 200 only for a verified credential; the same report with 422 otherwise, so clients read one shape.
        return new ReportResult(report);
    }
}
