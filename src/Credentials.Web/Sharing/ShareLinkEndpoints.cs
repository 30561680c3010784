using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Issuer.Sharing;
using Credentials.Model.Registry;
using Credentials.Web.Authentication;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Sharing;

/// <summary>
/// The issuer's share-link API (API key): <c>POST /credentials/{id}/links</c> (<c>{"expiresAt"?}</c>) makes one,
/// <c>GET /credentials/{id}/links</c> lists them with their open counts, <c>DELETE /credentials/{id}/links/{linkId}</c>
/// revokes one.
/// </summary>
internal static class ShareLinkEndpoints
{
    public static IEndpointRouteBuilder MapShareLinks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/credentials/{credentialId}/links").AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapDelete("/{linkId}", RevokeAsync);
        return app;
    }

    /// <summary>The JSON form of a link.</summary>
    public static JsonObject Json(ShareLinkRecord link, string baseUrl, DateTimeOffset now) => new()
    {
        ["id"] = link.Id,
        ["credentialId"] = link.CredentialId,
        ["url"] = ShareLinks.Url(baseUrl, link),
        ["createdAt"] = link.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["expiresAt"] = link.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
        ["state"] = link.StateAt(now).ToString().ToLowerInvariant(),
        ["opens"] = link.Opens,
    };

    private static async Task<Results<Created<JsonObject>, NotFound, UnprocessableEntity<JsonObject>, ProblemHttpResult>> CreateAsync(
        string credentialId, HttpContext context, WebOptions options, ShareLinks links, TimeProvider time, CancellationToken cancellationToken)
    {
        DateTimeOffset? expiresAt = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            var (body, problem) = await RequestBody.ReadJsonAsync(context.Request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return problem!;
            }

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
            }
            catch (JsonException)
            {
                node = null;
            }

            if (node is not JsonObject obj || obj.Any(p => p.Key != "expiresAt"))
            {
                return Problems.Unreadable("The body is {\"expiresAt\": \"<ISO 8601 date-time>\"} or empty.");
            }

            if (obj["expiresAt"] is { } value)
            {
                if (value.GetValueKind() != JsonValueKind.String
                    || !DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return Problems.Unreadable("expiresAt must be an ISO 8601 date-time, e.g. 2027-01-31T00:00:00Z.");
                }

                expiresAt = parsed;
            }
        }

        var outcome = await links.CreateAsync(credentialId, expiresAt, cancellationToken).ConfigureAwait(false);
        return outcome.Problem switch
        {
            null => TypedResults.Created((string?)null, Json(outcome.Link!, BaseUrl(context, options), time.GetUtcNow())),
            ShareLinkProblem.UnknownCredential => TypedResults.NotFound(),
            ShareLinkProblem.ExpiryInThePast => TypedResults.UnprocessableEntity(new JsonObject { ["detail"] = "expiresAt must be in the future." }),
            _ => TypedResults.UnprocessableEntity(new JsonObject { ["detail"] = $"expiresAt must be at most {links.Policy.MaxMonths} months from now." }),
        };
    }

    private static async Task<Results<Ok<JsonObject>, NotFound>> ListAsync(
        string credentialId, HttpContext context, WebOptions options, ICredentialStore credentials, IShareLinkStore links, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await credentials.GetAsync(credentialId, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var list = await links.ListAsync(credentialId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new JsonObject { ["links"] = new JsonArray([.. list.Select(l => (JsonNode)Json(l, BaseUrl(context, options), now))]) });
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(
        string credentialId, string linkId, IShareLinkStore links, TimeProvider time, CancellationToken cancellationToken) =>
        await links.RevokeAsync(credentialId, linkId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    /// <summary>Where links point: the configured public address, else the address this request came to.</summary>
    public static string BaseUrl(HttpContext context, WebOptions options) =>
        options.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase;
}
