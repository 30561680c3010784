namespace Credentials.Web.IssuerPage;

/// <summary>303 See Other: after a form, the browser GETs the next page (no re-post on reload).</summary>
internal static class SeeOther
{
    public static IResult To(HttpContext context, string path, string language)
    {
        context.Response.Headers.Location = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + language;
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>To the sign-in form, for a request without a (still valid) sign-in.</summary>
    public static IResult SignIn(HttpContext context, string language) => To(context, "/issuer/sign-in", language);
}
