using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Registry;
using Credentials.Proofs.Keys;
using Credentials.Web.Authentication;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Sharing;

/// <summary>
/// <c>POST /learners/erasure</c> <c>{"studentNumber"}</c> (API key): on the learner's request, deletes the stored
/// content of every credential this service issued to them and withdraws their share links (which then say so). The
/// registry keeps each credential's id, SHA-256, status and audit trail, and records the erasure.
/// </summary>
internal static class ErasureEndpoints
{
    public static IEndpointRouteBuilder MapErasure(this IEndpointRouteBuilder app)
    {
        app.MapPost("/learners/erasure", EraseAsync).AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<JsonObject>, NotFound, ProblemHttpResult>> EraseAsync(
        HttpContext context, WebOptions options, IErasureStore erasure, IssuerKey issuer, TimeProvider time, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadJsonAsync(context.Request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        string? studentNumber = null;
        try
        {
            if (JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) is JsonObject obj
                && obj.Count == 1 && obj["studentNumber"] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                studentNumber = value.GetValue<string>().Trim();
            }
        }
        catch (JsonException)
        {
            studentNumber = null;
        }

        if (string.IsNullOrEmpty(studentNumber))
        {
            return Problems.Unreadable("The body is {\"studentNumber\": \"<the learner's student number>\"}.");
        }

        var actor = ApiKeyFilter.Actor(context);
        var result = await erasure.EraseLearnerAsync(issuer.Did, studentNumber, actor, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (result.CredentialIds.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var logger = logs.CreateLogger(Log.Category);
        Log.Erased(logger, result.CredentialIds.Count, result.LinksWithdrawn, actor);
        return TypedResults.Ok(new JsonObject
        {
            ["credentialIds"] = new JsonArray([.. result.CredentialIds.Select(id => (JsonNode)id)]),
            ["linksWithdrawn"] = result.LinksWithdrawn,
        });
    }
}
