using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;

namespace Credentials.Web.Identity;

/// <summary><c>GET /.well-known/did.json</c> (the issuer's DID document) and <c>GET /health</c>.</summary>
internal static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/did.json", (IssuerKey issuer) => TypedResults.Json(KeyDirectory.DocumentFor(issuer), contentType: "application/did+json"));
        app.MapGet("/health", () => TypedResults.Ok(new JsonObject { ["status"] = "ok" }));
        return app;
    }
}
