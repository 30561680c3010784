namespace Credentials.Web.IssuerPage;

/// <summary>The issuer page under <c>/issuer</c>: sign-in, upload and check, batches, find, status changes, audit, and its assets.</summary>
internal static class IssuerPageEndpoints
{
    public static IEndpointRouteBuilder MapIssuerPage(this IEndpointRouteBuilder app)
    {
        app.MapIssuerSignIn();
        app.MapIssuerUpload();
        app.MapIssuerBatches();
        app.MapIssuerLearners();
        app.MapGet("/issuer/assets/issuer.css", () => TypedResults.Text(IssuerPageAssets.Css, "text/css; charset=utf-8"));
        app.MapGet("/issuer/assets/issuer.js", () => TypedResults.Text(IssuerPageAssets.Js, "text/javascript; charset=utf-8"));
        return app;
    }
}
