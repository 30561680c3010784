using Credentials.Web.Authentication;
using Credentials.Web.Configuration;
using Credentials.Web.Page;

namespace Credentials.Web.IssuerPage;

/// <summary><c>GET/POST /issuer/sign-in</c> (an API key in, a cookie out) and <c>POST /issuer/sign-out</c>.</summary>
internal static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapIssuerSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/issuer/sign-in", ShowAsync);

        // The handlers check the antiforgery token themselves (IssuerForms), before reading any field.
        app.MapPost("/issuer/sign-in", SignInAsync).DisableAntiforgery();
        app.MapPost("/issuer/sign-out", SignOutAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string? lang)
    {
        var language = PageLanguage.Choose(context.Request, lang);
        if (await IssuerSession.CurrentAsync(context).ConfigureAwait(false) is not null)
        {
            return SeeOther.To(context, "/issuer", language);
        }

        return Form(new IssuerView(context, language, null), wrongKey: false);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, WebOptions options, ApiKeyAuthenticator authenticator, TimeProvider time)
    {
        await IssuerSession.CurrentAsync(context).ConfigureAwait(false);
        var (form, problem, status) = await IssuerForms.ReadAsync(context, options).ConfigureAwait(false);
        var language = PageLanguage.Choose(context.Request, form?["lang"].ToString());
        if (form is null)
        {
            var failed = new IssuerView(context, language, null) { LanguageHref = "/issuer/sign-in" };
            failed.Alert(failed.T(problem!), error: true);
            return Form(failed, wrongKey: false, status);
        }

        if (!await IssuerSession.SignInAsync(context, form["apiKey"].ToString(), authenticator, time).ConfigureAwait(false))
        {
            return Form(new IssuerView(context, language, null) { LanguageHref = "/issuer/sign-in" }, wrongKey: true, StatusCodes.Status401Unauthorized);
        }

        return SeeOther.To(context, "/issuer", language);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, WebOptions options)
    {
        await IssuerSession.CurrentAsync(context).ConfigureAwait(false);
        var (form, _, status) = await IssuerForms.ReadAsync(context, options).ConfigureAwait(false);
        var language = PageLanguage.Choose(context.Request, form?["lang"].ToString());
        if (form is null)
        {
            var failed = new IssuerView(context, language, null) { LanguageHref = "/issuer" };
            failed.Alert(failed.T("formExpired"), error: true);
            return failed.Result(failed.T("signOut"), status);
        }

        await IssuerSession.SignOutAsync(context).ConfigureAwait(false);
        return SeeOther.SignIn(context, language);
    }

    private static IResult Form(IssuerView view, bool wrongKey, int status = StatusCodes.Status200OK)
    {
        view.Body.Append("<p>").Append(view.T("signInIntro")).Append("</p>\n");
        if (wrongKey)
        {
            view.Alert(view.T("wrongKey"), error: true);
        }

        view.FormStart("/issuer/sign-in");
        view.Body.Append("<label for=\"apiKey\">").Append(view.T("apiKey")).Append("</label>\n")
            .Append("<input type=\"password\" id=\"apiKey\" name=\"apiKey\" required maxlength=\"512\" autocomplete=\"off\" spellcheck=\"false\">\n")
            .Append("<div><button type=\"submit\">").Append(view.T("signIn")).Append("</button></div>\n</form>\n");
        return view.Result(view.T("signInTitle"), status);
    }
}
