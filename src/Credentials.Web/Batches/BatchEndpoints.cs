using System.Text.Json.Nodes;
using Credentials.Issuer.Batches;
using Credentials.Model.Registry;
using Credentials.Web.Authentication;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Batches;

/// <summary>
/// <c>POST /batches</c> (validate every row, then issue in the background), <c>GET /batches/{id}</c> (progress and per-row
/// results) and <c>GET /batches/{id}/credentials</c> (the issued credentials). All need an API key. A batch with any
/// invalid row is refused whole with every row's problem (422), and nothing is issued.
/// </summary>
internal static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatches(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/batches").AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        group.MapPost("/", SubmitAsync);
        group.MapGet("/{batchId}", GetAsync);
        group.MapGet("/{batchId}/credentials", GetCredentialsAsync);
        return app;
    }

    private static async Task<Results<Accepted<JsonObject>, UnprocessableEntity<JsonObject>, ProblemHttpResult>> SubmitAsync(
        HttpContext context, WebOptions options, BatchStarter starter, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var (template, learners, error) = BatchRequestReader.Read(body);
        if (learners is null)
        {
            return Problems.Unreadable(error!);
        }

        if (template is null)
        {
            return TypedResults.UnprocessableEntity(new JsonObject { ["detail"] = error, ["rowErrors"] = new JsonArray() });
        }

        var (valid, errors) = BatchCheck.Run(template, learners);
        if (errors.Count > 0 || valid.Count == 0)
        {
            return TypedResults.UnprocessableEntity(new JsonObject
            {
                ["detail"] = errors.Count > 0 ? $"{errors.Count} row(s) are invalid; nothing was issued." : "The batch has no learners.",
                ["rowErrors"] = new JsonArray(errors.Select(e => (JsonNode)new JsonObject { ["line"] = e.Line, ["column"] = e.Column, ["code"] = e.Code, ["message"] = e.Message }).ToArray()),
            });
        }

        if (await starter.StartAsync(template, valid, ApiKeyFilter.Issuer(context), ApiKeyFilter.Actor(context), cancellationToken).ConfigureAwait(false) is not { } batchId)
        {
            return TypedResults.Problem("Too many batches are waiting; try again later.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Accepted("/batches/" + batchId, new JsonObject { ["id"] = batchId, ["state"] = "running", ["total"] = valid.Count });
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetAsync(
        string batchId, HttpContext context, IBatchStore batches, CancellationToken cancellationToken)
    {
        if (await batches.FindOwnAsync(batchId, ApiKeyFilter.Issuer(context), cancellationToken).ConfigureAwait(false) is not { } batch)
        {
            return UnknownBatch();
        }

        var rows = await batches.GetRowsAsync(batchId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new JsonObject
        {
            ["id"] = batch.BatchId,
            ["templateId"] = batch.TemplateId,
            ["state"] = batch.State.ToString().ToLowerInvariant(),
            ["total"] = batch.TotalRows,
            ["done"] = rows.Count,
            ["issued"] = rows.Count(r => r.Outcome == BatchRowOutcome.Issued),
            ["existing"] = rows.Count(r => r.Outcome == BatchRowOutcome.Existing),
            ["createdAt"] = batch.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["updatedAt"] = batch.UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["rows"] = new JsonArray(rows.OrderBy(r => r.RowNumber).Select(r => (JsonNode)new JsonObject
            {
                ["line"] = r.RowNumber,
                ["outcome"] = r.Outcome.ToString().ToLowerInvariant(),
                ["credentialId"] = r.CredentialId,
            }).ToArray()),
        });
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetCredentialsAsync(
        string batchId, HttpContext context, IBatchStore batches, ICredentialStore credentials, CancellationToken cancellationToken)
    {
        if (await batches.FindOwnAsync(batchId, ApiKeyFilter.Issuer(context), cancellationToken).ConfigureAwait(false) is null)
        {
            return UnknownBatch();
        }

        var list = new JsonArray();
        foreach (var row in (await batches.GetRowsAsync(batchId, cancellationToken).ConfigureAwait(false)).OrderBy(r => r.RowNumber))
        {
            var record = row.CredentialId is { } id ? await credentials.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
            list.Add(new JsonObject
            {
                ["line"] = row.RowNumber,
                ["credentialId"] = row.CredentialId,

                // Null when the registry keeps hashes only (StoreCredentialContent off).
                ["verifiableCredential"] = record is { Content.Length: > 0 } ? System.Text.Encoding.UTF8.GetString(record.Content.Span) : null,
            });
        }

        return TypedResults.Ok(new JsonObject { ["id"] = batchId, ["credentials"] = list });
    }

    private static ProblemHttpResult UnknownBatch() =>
        TypedResults.Problem("There is no such batch.", statusCode: StatusCodes.Status404NotFound, title: "Unknown batch");
}
