namespace Credentials.Web.Authentication;

/// <summary>
/// Endpoint filter for the issuing, status and batch endpoints: answers 401/403 problem details before the handler
/// runs, and leaves the caller's actor name (never the key) in <see cref="HttpContext.Items"/> for the audit log.
/// </summary>
internal sealed class ApiKeyFilter(ApiKeyAuthenticator authenticator) : IEndpointFilter
{
    public const string ActorItem = "credentials.actor";

    public const string IssuerItem = "credentials.issuer";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (actor, status) = await authenticator.AuthenticateAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (actor is null)
        {
            if (status == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }

            return TypedResults.Problem(
                status == StatusCodes.Status401Unauthorized ? "Send Authorization: Bearer <api key>." : "The API key is not accepted.",
                statusCode: status);
        }

        http.Items[ActorItem] = actor;
        http.Items[IssuerItem] = authenticator.IssuerDid;
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The authenticated caller of the current request.</summary>
    public static string Actor(HttpContext context) => context.Items[ActorItem] as string ?? "unknown";

    /// <summary>The issuer the authenticated key acts for: it may change and see only that issuer's credentials.</summary>
    public static string Issuer(HttpContext context) => context.Items[IssuerItem] as string ?? throw new InvalidOperationException("the API key filter did not run");
}
