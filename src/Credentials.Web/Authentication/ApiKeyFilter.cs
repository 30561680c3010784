namespace Credentials.Web.Authentication;

/// <summary>
/// Endpoint filter for the issuing, status and batch endpoints: answers 401/403 problem details before the handler
/// runs, and leaves the caller's actor name (never the key) in <see cref="HttpContext.Items"/> for the audit log.
/// </summary>
internal sealed class ApiKeyFilter(ApiKeyAuthenticator authenticator) : IEndpointFilter
{
    public const string ActorItem = "credentials.actor";

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
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The authenticated caller of the current request.</summary>
    public static string Actor(HttpContext context) => context.Items[ActorItem] as string ?? "unknown";
}
