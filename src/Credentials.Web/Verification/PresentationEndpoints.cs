using System.Text.Json.Nodes;
using Credentials.Verifier.Reports;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Verification;

/// <summary>
/// <c>POST /presentations/verify</c> (VC-API): the holder's proof, challenge and domain, and every embedded credential.
/// 200 with the report when everything is verified, 422 with the same report otherwise. Public and rate limited.
/// </summary>
internal static class PresentationEndpoints
{
    public static IEndpointRouteBuilder MapPresentations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/presentations/verify", VerifyAsync)
            .RequireRateLimiting(ServiceSetup.VerifyRateLimit)
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<JsonObject>, UnprocessableEntity<JsonObject>, ProblemHttpResult>> VerifyAsync(
        HttpRequest request, WebOptions options, VerifierFactory verifiers, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var (presentation, expected, error) = PresentationRequestReader.Read(body);
        if (presentation is null)
        {
            return Problems.Unreadable(error!);
        }

        var report = await verifiers.Presentations.VerifyAsync(presentation, expected!, cancellationToken).ConfigureAwait(false);
        var json = PresentationReportJson.Write(report, "en");
        return report.Verdict == Verdict.Verified ? TypedResults.Ok(json) : TypedResults.UnprocessableEntity(json);
    }
}
