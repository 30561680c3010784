using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Issuer.Status;
using Credentials.Issuer.Wallet;
using Credentials.Proofs.Keys;
using Credentials.Proofs.SdJwt;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;

namespace Credentials.Web.Wallet;

/// <summary>
/// What wallets and their verifiers read about our SD-JWT VCs: the <c>vct</c>'s type metadata, the issuer's keys at
/// <c>/.well-known/jwt-vc-issuer</c> (SD-JWT VC §5), and the Token Status Lists (<c>application/statuslist+jwt</c>).
/// </summary>
internal static class WalletEndpoints
{
    public static IEndpointRouteBuilder MapWallet(this IEndpointRouteBuilder app)
    {
        app.MapGet(WalletUrls.VctPath, (WalletUrls urls) => TypedResults.Json(TypeMetadata.For(urls.Vct)));
        app.MapGet("/.well-known/jwt-vc-issuer", (IssuerKey issuer, WalletUrls urls) => TypedResults.Json(IssuerMetadata(issuer, urls)));
        app.MapMethods(WalletUrls.TokenStatusPath + "/{listId}", ["GET", "HEAD"], GetTokenStatusListAsync).RequireRateLimiting(ServiceSetup.VerifyRateLimit);
        return app;
    }

    private static async Task<IResult> GetTokenStatusListAsync(string listId, HttpContext context, TokenStatusListPublisher publisher, WebOptions options, CancellationToken cancellationToken)
    {
        var token = long.TryParse(listId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await publisher.PublishAsync(id, cancellationToken).ConfigureAwait(false)
            : null;
        if (token is null)
        {
            return TypedResults.Problem("There is no such revocation list of this issuer.", statusCode: StatusCodes.Status404NotFound, title: "Unknown status list");
        }

        context.Response.Headers.CacheControl = "public, max-age=" + options.StatusListMaxAgeSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Text(token, SdJwtNames.StatusListMediaType);
    }

    // SD-JWT VC §5: the issuer identifier and its keys, each with the kid the credentials' headers carry.
    private static JsonObject IssuerMetadata(IssuerKey issuer, WalletUrls urls)
    {
        var jwk = (issuer.Key.PublicJwk with { Kid = issuer.KeyId }).ToJson();
        jwk["alg"] = issuer.Key.Algorithm;
        jwk["use"] = "sig";
        return new JsonObject
        {
            ["issuer"] = urls.BaseUrl.TrimEnd('/'),
            ["jwks"] = new JsonObject { ["keys"] = new JsonArray(jwk) },
        };
    }
}
