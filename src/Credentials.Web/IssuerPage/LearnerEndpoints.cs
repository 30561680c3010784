using System.Globalization;
using Credentials.Model.Registry;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Credentials.Web.Page;

namespace Credentials.Web.IssuerPage;

/// <summary>
/// <c>GET /issuer/find?studentNumber=N</c> (the issuer's credentials of a learner), <c>POST /issuer/status</c> (revoke,
/// suspend or reinstate one, with a reason; another issuer's credential is "not found") and <c>GET /issuer/audit</c>.
/// </summary>
internal static class LearnerEndpoints
{
    private const int AuditRows = 50;

    public static IEndpointRouteBuilder MapIssuerLearners(this IEndpointRouteBuilder app)
    {
        app.MapGet("/issuer/find", FindAsync);

        // The handler checks the antiforgery token itself (IssuerForms), before reading any field.
        app.MapPost("/issuer/status", ChangeAsync).DisableAntiforgery();
        app.MapGet("/issuer/audit", AuditAsync);
        return app;
    }

    private static async Task<IResult> FindAsync(HttpContext context, ICredentialStore store, string? studentNumber, CancellationToken cancellationToken)
    {
        var language = PageLanguage.Choose(context.Request, null);
        if (await IssuerSession.CurrentAsync(context).ConfigureAwait(false) is not { } session)
        {
            return SeeOther.SignIn(context, language);
        }

        var view = new IssuerView(context, language, session);
        var status = await FindBodyAsync(view, session, store, studentNumber, cancellationToken).ConfigureAwait(false);
        return view.Result(view.T("navFind"), status);
    }

    private static async Task<IResult> ChangeAsync(
        HttpContext context, WebOptions options, IStatusListStore statusLists, ICredentialStore store, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var session = await IssuerSession.CurrentAsync(context).ConfigureAwait(false);
        var (form, problem, status) = session is null ? (null, null, 0) : await IssuerForms.ReadAsync(context, options).ConfigureAwait(false);
        var language = PageLanguage.Choose(context.Request, form?["lang"].ToString());
        if (session is null)
        {
            return SeeOther.SignIn(context, language);
        }

        var view = new IssuerView(context, language, session) { LanguageHref = "/issuer/find" };
        if (form is null)
        {
            view.Alert(view.T(problem!), error: true);
            return view.Result(view.T("navFind"), status);
        }

        var id = form["credentialId"].ToString();
        var reason = form["reason"].ToString().Trim();
        StatusAction? action = form["action"].ToString() switch
        {
            "revoke" => StatusAction.Revoke,
            "suspend" => StatusAction.Suspend,
            "reinstate" => StatusAction.Reinstate,
            _ => null,
        };
        if (action is not { } chosen || id is not { Length: > 0 and <= 512 } || reason is not { Length: > 0 and <= 1000 })
        {
            view.Alert(view.T("badChange"), error: true);
            status = StatusCodes.Status400BadRequest;
        }
        else
        {
            var result = await statusLists.ChangeStatusAsync(new StatusChangeRequest(id, chosen, session.Actor, reason) { Issuer = session.Issuer }, cancellationToken)
                .ConfigureAwait(false);
            Log.StatusChanged(logs.CreateLogger(Log.Category), id, chosen.ToString(), result.Outcome.ToString(), session.Actor);
            (var key, status) = result.Outcome switch
            {
                StatusChangeOutcome.Changed => ("changed", StatusCodes.Status200OK),
                StatusChangeOutcome.AlreadyInState => ("already", StatusCodes.Status200OK),
                StatusChangeOutcome.NoStatusEntry => ("noStatusEntry", StatusCodes.Status409Conflict),
                StatusChangeOutcome.RefusedRevoked => ("refusedRevoked", StatusCodes.Status409Conflict),

                // Another issuer's credential is answered like an unknown one: the page learns nothing of other issuers.
                _ => ("notFound", StatusCodes.Status404NotFound),
            };
            var stateText = IssuerPageTexts.Get("status." + (result.NewState ?? CredentialStatusState.Active).ToString().ToLowerInvariant(), language);
            view.Alert(view.F(key, id, stateText), error: status != StatusCodes.Status200OK);
        }

        await FindBodyAsync(view, session, store, form["studentNumber"].ToString(), cancellationToken).ConfigureAwait(false);
        return view.Result(view.T("navFind"), status);
    }

    private static async Task<IResult> AuditAsync(HttpContext context, IStatusListStore statusLists, CancellationToken cancellationToken)
    {
        var language = PageLanguage.Choose(context.Request, null);
        if (await IssuerSession.CurrentAsync(context).ConfigureAwait(false) is not { } session)
        {
            return SeeOther.SignIn(context, language);
        }

        var view = new IssuerView(context, language, session);
        var entries = await statusLists.GetRecentAuditAsync(session.Issuer, AuditRows, cancellationToken).ConfigureAwait(false);
        view.Body.Append("<p>").Append(view.T("auditIntro")).Append("</p>\n");
        if (entries.Count == 0)
        {
            view.Body.Append("<p>").Append(view.T("auditEmpty")).Append("</p>\n");
            return view.Result(view.T("navAudit"));
        }

        view.Body.Append("<table id=\"audit\">\n<thead><tr><th scope=\"col\">").Append(view.T("at")).Append("</th><th scope=\"col\">").Append(view.T("credential"))
            .Append("</th><th scope=\"col\">").Append(view.T("change")).Append("</th><th scope=\"col\">").Append(view.T("actor")).Append("</th><th scope=\"col\">")
            .Append(view.T("reason")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var e in entries)
        {
            view.Body.Append("<tr>").Append(view.Cell("at")).Append(e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append("</td>")
                .Append(view.Cell("credential")).Append("<code>").Append(IssuerView.E(e.CredentialId)).Append("</code></td>").Append(view.Cell("change"))
                .Append(view.T("status." + e.OldState.ToString().ToLowerInvariant())).Append(" → ").Append(view.T("status." + e.NewState.ToString().ToLowerInvariant()))
                .Append("</td>").Append(view.Cell("actor")).Append(IssuerView.E(e.Actor)).Append("</td>").Append(view.Cell("reason")).Append(IssuerView.E(e.Reason)).Append("</td></tr>\n");
        }

        view.Body.Append("</tbody>\n</table>\n");
        return view.Result(view.T("navAudit"));
    }

    /// <summary>The search form and, for a student number, its credentials each with a status form; the status to answer with.</summary>
    private static async Task<int> FindBodyAsync(IssuerView view, IssuerSession session, ICredentialStore store, string? studentNumber, CancellationToken cancellationToken)
    {
        studentNumber = studentNumber?.Trim();
        view.Body.Append("<form method=\"get\" action=\"/issuer/find\" id=\"find\">\n<input type=\"hidden\" name=\"lang\" value=\"").Append(view.Language).Append("\">\n")
            .Append("<label for=\"studentNumber\">").Append(view.T("studentNumber")).Append("</label>\n")
            .Append("<input type=\"text\" id=\"studentNumber\" name=\"studentNumber\" maxlength=\"64\" required value=\"").Append(IssuerView.E(studentNumber ?? string.Empty)).Append("\">\n")
            .Append("<div><button type=\"submit\">").Append(view.T("find")).Append("</button></div>\n</form>\n");
        if (studentNumber is null or { Length: 0 })
        {
            return StatusCodes.Status200OK;
        }

        if (studentNumber.Length > 64)
        {
            view.Alert(view.T("badStudentNumber"), error: true);
            return StatusCodes.Status400BadRequest;
        }

        var found = await store.FindByStudentNumberAsync(session.Issuer, studentNumber, null, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            view.Alert(view.F("noneFound", studentNumber), error: false);
            return StatusCodes.Status200OK;
        }

        view.Body.Append("<table id=\"found\">\n<thead><tr><th scope=\"col\">").Append(view.T("credential")).Append("</th><th scope=\"col\">").Append(view.T("template"))
            .Append("</th><th scope=\"col\">").Append(view.T("issued")).Append("</th><th scope=\"col\">").Append(view.T("status")).Append("</th><th scope=\"col\">")
            .Append(view.T("change")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var r in found)
        {
            var state = r.Status.ToString().ToLowerInvariant();
            view.Body.Append("<tr>").Append(view.Cell("credential")).Append("<code>").Append(IssuerView.E(r.CredentialId)).Append("</code></td>")
                .Append(view.Cell("template")).Append(IssuerView.E(r.TemplateId)).Append("</td>")
                .Append(view.Cell("issued")).Append(r.IssuedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</td>")
                .Append(view.Cell("status", "status-" + state)).Append(view.T("status." + state)).Append("</td>").Append(view.Cell("change")).Append('\n');
            if (r.Status == CredentialStatusState.Revoked)
            {
                // Revocation is final: there is nothing left to change.
                view.Body.Append("—</td></tr>\n");
                continue;
            }

            view.FormStart("/issuer/status");
            view.Body.Append("<input type=\"hidden\" name=\"credentialId\" value=\"").Append(IssuerView.E(r.CredentialId)).Append("\">\n")
                .Append("<input type=\"hidden\" name=\"studentNumber\" value=\"").Append(IssuerView.E(studentNumber)).Append("\">\n")
                .Append("<select name=\"action\" aria-label=\"").Append(view.T("change")).Append("\">");
            foreach (var action in new[] { "suspend", "reinstate", "revoke" })
            {
                view.Body.Append("<option value=\"").Append(action).Append("\">").Append(view.T("action." + action)).Append("</option>");
            }

            view.Body.Append("</select>\n<input type=\"text\" name=\"reason\" required maxlength=\"1000\" aria-label=\"").Append(view.T("reason"))
                .Append("\" placeholder=\"").Append(view.T("reason")).Append("\">\n<button type=\"submit\">").Append(view.T("apply")).Append("</button>\n</form>\n</td></tr>\n");
        }

        view.Body.Append("</tbody>\n</table>\n");
        return StatusCodes.Status200OK;
    }
}
