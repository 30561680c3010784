using System.Text;
using System.Text.Json.Nodes;
using Credentials.Issuer.Wallet;
using Credentials.Proofs.Keys;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace Credentials.Web.Wallet;

/// <summary>
/// OpenID4VCI 1.0 for EU wallets, pre-authorized code flow: the credential issuer and authorization server metadata,
/// <c>POST /openid4vci/token</c>, <c>POST /openid4vci/nonce</c> and <c>POST /openid4vci/credential</c>. Every bad
/// request is a 400 (401 for the access token) with the specification's error code, never a 5xx.
/// </summary>
internal static class Openid4VciEndpoints
{
    public static IEndpointRouteBuilder MapOpenid4Vci(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/openid-credential-issuer", IssuerMetadata);
        app.MapGet("/.well-known/oauth-authorization-server", (WalletIssuanceOptions options) => TypedResults.Ok(WalletMetadata.AuthorizationServer(options)));
        var group = app.MapGroup("/openid4vci").DisableAntiforgery();
        group.MapPost("/token", TokenAsync).RequireRateLimiting(ServiceSetup.VerifyRateLimit);
        group.MapPost("/nonce", NonceAsync);
        group.MapPost("/credential", CredentialAsync);
        return app;
    }

    private static Ok<JsonObject> IssuerMetadata(WalletIssuanceOptions options, IssuerKey key, WalletUrls urls) =>
        TypedResults.Ok(WalletMetadata.CredentialIssuer(options, key.Key.Type, urls.Vct));

    private static async Task<Results<Ok<JsonObject>, JsonHttpResult<JsonObject>>> TokenAsync(
        HttpContext context, WebOptions web, PreAuthorizedTokens tokens, CancellationToken cancellationToken)
    {
        NoStore(context);

        // RFC 6749 §4.1.3 / §3.2: the token request is a form.
        if (RequestBody.MediaType(context.Request) != "application/x-www-form-urlencoded")
        {
            return Error(WalletErrors.InvalidRequest, "The token request must be application/x-www-form-urlencoded.");
        }

        var body = await RequestBody.ReadAsync(context.Request, web.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Error(WalletErrors.InvalidRequest, "The token request is too large.");
        }

        var form = QueryHelpers.ParseQuery("?" + Encoding.UTF8.GetString(body))
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Select(v => v ?? string.Empty)], StringComparer.Ordinal);
        var outcome = await tokens.RedeemAsync(form, cancellationToken).ConfigureAwait(false);
        return outcome.Grant is { } grant
            ? TypedResults.Ok(new JsonObject { ["access_token"] = grant.AccessToken, ["token_type"] = "Bearer", ["expires_in"] = grant.ExpiresIn })
            : Error(outcome.Error!.Code, outcome.Error.Description);
    }

    private static async Task<Ok<JsonObject>> NonceAsync(HttpContext context, WalletNonces nonces, CancellationToken cancellationToken)
    {
        NoStore(context);
        return TypedResults.Ok(new JsonObject { ["c_nonce"] = await nonces.NewAsync(cancellationToken).ConfigureAwait(false) });
    }

    private static async Task<Results<Ok<JsonObject>, JsonHttpResult<JsonObject>>> CredentialAsync(
        HttpContext context, WebOptions web, WalletCredentialRequests requests, CancellationToken cancellationToken)
    {
        NoStore(context);
        var token = BearerToken(context.Request);
        WalletCredential? credential = null;
        WalletError? error;
        if (RequestBody.MediaType(context.Request) != "application/json")
        {
            error = new WalletError(WalletErrors.InvalidCredentialRequest, "The credential request must be application/json.");
        }
        else if (await RequestBody.ReadAsync(context.Request, web.MaxBodyBytes, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            error = new WalletError(WalletErrors.InvalidCredentialRequest, "The credential request is too large.");
        }
        else
        {
            var outcome = await requests.IssueAsync(token, body, cancellationToken).ConfigureAwait(false);
            (credential, error) = (outcome.Credential, outcome.Error);
        }

        if (credential is not null)
        {
            return TypedResults.Ok(new JsonObject { ["credentials"] = new JsonArray(new JsonObject { ["credential"] = credential.Compact }) });
        }

        if (error!.Code == WalletErrors.InvalidToken)
        {
            // RFC 6750 §3: the challenge names the error when a token was sent.
            context.Response.Headers.WWWAuthenticate = token is null ? "Bearer" : "Bearer error=\"invalid_token\"";
            return Error(error.Code, error.Description, StatusCodes.Status401Unauthorized);
        }

        return Error(error.Code, error.Description);
    }

    /// <summary>The token of <c>Authorization: Bearer …</c>; null when there is none (another scheme counts as none).</summary>
    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header[7..].Trim() is { Length: > 0 } token ? token : null;
    }

    private static JsonHttpResult<JsonObject> Error(string code, string description, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Json(new JsonObject { ["error"] = code, ["error_description"] = description }, statusCode: status);

    // RFC 6749 §5.1: responses with tokens (and nonces) are not cached.
    private static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
    }
}
