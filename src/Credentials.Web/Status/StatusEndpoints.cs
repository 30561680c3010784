using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Issuer.Status;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Web.Authentication;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Status;

/// <summary>
/// <c>POST /credentials/status</c> (revoke, suspend, reinstate; API key) and <c>GET /status/{listId}</c> (the signed
/// status-list credential, public, with <c>ETag</c> and <c>Cache-Control</c>: a VC-JOSE token, or by content
/// negotiation a Data Integrity–secured JSON credential, see <see cref="StatusListNegotiation"/>). Both read the registry on every
/// request, so every instance behind one PostgreSQL answers the same.
/// </summary>
internal static class StatusEndpoints
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapPost("/credentials/status", ChangeAsync).AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        app.MapMethods("/status/{listId}", ["GET", "HEAD"], GetListAsync).RequireRateLimiting(ServiceSetup.VerifyRateLimit);
        return app;
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> ChangeAsync(
        HttpContext context, ILoggerFactory logs, WebOptions options, IStatusListStore store, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var (read, error) = ReadChange(body, Actor: ApiKeyFilter.Actor(context));
        if (read is null)
        {
            return Problems.Unreadable(error!);
        }

        var change = read with { Issuer = ApiKeyFilter.Issuer(context) };

        var result = await store.ChangeStatusAsync(change, cancellationToken).ConfigureAwait(false);
        var (action, outcome) = (change.Action.ToString(), result.Outcome.ToString());
        var logger = logs.CreateLogger(Log.Category);
        Log.StatusChanged(logger, change.CredentialId, action, outcome, change.Actor);
        var json = new JsonObject
        {
            ["credentialId"] = change.CredentialId,
            ["outcome"] = result.Outcome.ToString(),
            ["previousStatus"] = result.OldState?.ToString(),
            ["status"] = result.NewState?.ToString(),
        };
        var id = change.CredentialId;
        var extensions = new Dictionary<string, object?> { ["credentialId"] = id, ["outcome"] = outcome };
        return result.Outcome switch
        {
            // Another issuer's credential is answered like an unknown one: a key learns nothing of other issuers.
            StatusChangeOutcome.NotFound or StatusChangeOutcome.WrongIssuer => TypedResults.Problem(
                $"No credential {id} of this issuer is in the registry.", statusCode: StatusCodes.Status404NotFound, title: "Unknown credential", extensions: extensions),
            StatusChangeOutcome.NoStatusEntry => TypedResults.Problem(
                $"Credential {id} was issued without a {(change.Action == StatusAction.Revoke ? "revocation" : "suspension")} status entry, so no verifier could see the change; nothing changed.",
                statusCode: StatusCodes.Status409Conflict, title: "No status entry", extensions: extensions),
            StatusChangeOutcome.RefusedRevoked => TypedResults.Problem(
                $"Credential {id} is revoked, and revocation is permanent.", statusCode: StatusCodes.Status409Conflict, title: "Revoked", extensions: extensions),
            _ => TypedResults.Ok(json),
        };
    }

    private static (StatusChangeRequest? Change, string? Error) ReadChange(byte[] body, string Actor)
    {
        const string Shape = "The body must be {\"credentialId\": \"…\", \"action\": \"revoke\" | \"suspend\" | \"reinstate\", \"reason\": \"…\"}.";
        try
        {
            using var doc = JsonDocument.Parse(body, Strict);
            var root = doc.RootElement;
            if (!Credentials.Proofs.Jws.JsonText.IsReadable(root))
            {
                return (null, RequestBody.NotUnicode);
            }

            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("credentialId", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 and <= 512 } credentialId
                || !root.TryGetProperty("action", out var a) || a.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("reason", out var r) || r.ValueKind != JsonValueKind.String || r.GetString() is not { Length: > 0 and <= 1000 } reason
                || root.EnumerateObject().Any(p => p.Name is not ("credentialId" or "action" or "reason")))
            {
                return (null, Shape);
            }

            StatusAction? action = a.GetString() switch
            {
                "revoke" => StatusAction.Revoke,
                "suspend" => StatusAction.Suspend,
                "reinstate" => StatusAction.Reinstate,
                _ => null,
            };
            return action is { } known ? (new StatusChangeRequest(credentialId, known, Actor, reason), null) : (null, Shape);
        }
        catch (JsonException)
        {
            return (null, RequestBody.NotStrictJson);
        }
    }

    private static async Task<IResult> GetListAsync(
        string listId, HttpContext context, IStatusListStore store, StatusListPublisher publisher, WebOptions options, CancellationToken cancellationToken)
    {
        if (!long.TryParse(listId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return UnknownList();
        }

        var snapshot = await store.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        if (snapshot is null || !publisher.IsOwn(snapshot.Info))
        {
            return UnknownList();
        }

        // The tag names the list's bits and the representation, not the signature: re-signing the same bits must not
        // defeat caching, and the JWT and JSON forms are different bytes (RFC 9110 §8.8.3: one tag per representation).
        var json = StatusListNegotiation.WantsJson(context.Request) && publisher.CanPublishDataIntegrity;
        var encoded = snapshot.Bits.Encode();
        var tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot.Info.Purpose.ToName() + ":" + encoded)).AsSpan(0, 16)) + (json ? "-json" : string.Empty) + "\"";
        var headers = context.Response.Headers;
        headers.ETag = tag;
        headers.Vary = "Accept";
        headers.CacheControl = "public, max-age=" + options.StatusListMaxAgeSeconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (json)
        {
            var document = await publisher.PublishDataIntegrityAsync(id, cancellationToken).ConfigureAwait(false);
            return document is null ? UnknownList() : TypedResults.Text(document, StatusListNegotiation.JsonMediaType(context.Request));
        }

        var published = await publisher.PublishAsync(id, cancellationToken).ConfigureAwait(false);
        return published is null ? UnknownList() : TypedResults.Text(published.Jwt, "application/vc+jwt");
    }

    private static ProblemHttpResult UnknownList() => TypedResults.Problem(
        "There is no such status list of this issuer.", statusCode: StatusCodes.Status404NotFound, title: "Unknown status list");
}
