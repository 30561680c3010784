using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Model.Registry;
using Credentials.Web.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Issuance;

/// <summary>
/// <c>GET /credentials?studentNumber=N[&amp;templateId=T]</c> (API key): the credentials the key's issuer gave that
/// learner, each with id, template, issued and status; never another issuer's.
/// </summary>
internal static class FindEndpoints
{
    public static IEndpointRouteBuilder MapFind(this IEndpointRouteBuilder app)
    {
        app.MapGet("/credentials", FindAsync).AddEndpointFilter<ApiKeyFilter>();
        return app;
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> FindAsync(
        HttpContext context, ICredentialStore store, string? studentNumber, string? templateId, CancellationToken cancellationToken)
    {
        if (studentNumber is not { Length: > 0 and <= 64 } || templateId is { Length: > 512 })
        {
            return TypedResults.Problem(
                "Give the learner's student number: GET /credentials?studentNumber=N (optionally &templateId=T).",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unreadable request");
        }

        var found = await store.FindByStudentNumberAsync(ApiKeyFilter.Issuer(context), studentNumber, templateId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new JsonObject
        {
            ["studentNumber"] = studentNumber,
            ["credentials"] = new JsonArray([.. found.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.CredentialId,
                ["template"] = r.TemplateId,
                ["issued"] = r.IssuedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["status"] = r.Status.ToString().ToLowerInvariant(),
            })]),
        });
    }
}
