namespace Credentials.Web.Authentication;

/// <summary>
/// Endpoint filter for the issuing, status and batch endpoints: answers 401 problem details (RFC 6750 challenge) before the handler
/// runs, and leaves the caller's actor name (never the key) in <see cref="HttpContext.Items"/> for the audit log.
/// </summary>
internal sealed class ApiKeyFilter(ApiKeyAuthenticator authenticator) : IEndpointFilter
{
    public const string ActorItem = "credentials.actor";

    public const string IssuerItem = "credentials.issuer";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (actor, tokenSent) = await authenticator.AuthenticateAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (actor is null)
        {
            // RFC 6750 §3: 401 with the Bearer challenge; invalid_token when a token was sent but is not accepted.
            http.Response.Headers.WWWAuthenticate = tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer";
            return TypedResults.Problem(
                tokenSent ? "The API key is not accepted: it is unknown, revoked or another issuer's." : "Send Authorization: Bearer <api key>.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized");
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
