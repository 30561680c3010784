using Credentials.Issuer.Batches;
using Credentials.Web.Batches;
using Credentials.Web.Configuration;
using Credentials.Web.Page;

namespace Credentials.Web.IssuerPage;

/// <summary>
/// <c>GET /issuer</c> (the upload form) and <c>POST /issuer/batches</c>: <c>action=check</c> shows every row's problems
/// by line and column and issues nothing; <c>action=issue</c> checks the same way and, when every row passes, starts
/// the batch (the service's batch queue and worker) and leads to its page.
/// </summary>
internal static class UploadEndpoints
{
    public static IEndpointRouteBuilder MapIssuerUpload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/issuer", ShowAsync);

        // The handler checks the antiforgery token itself (IssuerForms), before reading any field.
        app.MapPost("/issuer/batches", SubmitAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string? lang)
    {
        var language = PageLanguage.Choose(context.Request, lang);
        if (await IssuerSession.CurrentAsync(context).ConfigureAwait(false) is not { } session)
        {
            return SeeOther.SignIn(context, language);
        }

        var view = new IssuerView(context, language, session);
        UploadForm(view);
        return view.Result(view.T("navUpload"));
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, WebOptions options, BatchStarter starter, CancellationToken cancellationToken)
    {
        var session = await IssuerSession.CurrentAsync(context).ConfigureAwait(false);
        var (form, problem, status) = session is null ? (null, null, 0) : await IssuerForms.ReadAsync(context, options).ConfigureAwait(false);
        var language = PageLanguage.Choose(context.Request, form?["lang"].ToString());
        if (session is null)
        {
            return SeeOther.SignIn(context, language);
        }

        var view = new IssuerView(context, language, session);
        if (form is null)
        {
            view.Alert(view.T(problem!), error: true);
            UploadForm(view);
            return view.Result(view.T("navUpload"), status);
        }

        var (template, learners, learnersName) = await UploadedAsync(form, cancellationToken).ConfigureAwait(false);
        if (template is null || learners is null)
        {
            return Refuse(view, view.T("noFiles"), StatusCodes.Status400BadRequest);
        }

        if (BatchTemplate.Parse(template, out var templateError) is not { } batchTemplate)
        {
            return Refuse(view, view.F("templateProblem", templateError ?? string.Empty), StatusCodes.Status422UnprocessableEntity);
        }

        var (valid, errors) = BatchCheck.Run(batchTemplate, LearnerFiles.Parse(learnersName, learners));
        if (errors.Count > 0)
        {
            view.Alert(view.F("problems", errors.Count), error: true);
            ProblemTable(view, errors);
            UploadForm(view);
            return view.Result(view.T("navUpload"), StatusCodes.Status422UnprocessableEntity);
        }

        if (valid.Count == 0)
        {
            return Refuse(view, view.T("noLearners"), StatusCodes.Status422UnprocessableEntity);
        }

        if (form["action"].ToString() != "issue")
        {
            view.Alert(view.F("allValid", valid.Count), error: false);
            view.FormStart("/issuer/batches", multipart: true, id: "issue-checked");
            view.Body.Append("<input type=\"hidden\" name=\"templateData\" value=\"").Append(Convert.ToBase64String(template)).Append("\">\n")
                .Append("<input type=\"hidden\" name=\"learnersData\" value=\"").Append(Convert.ToBase64String(learners)).Append("\">\n")
                .Append("<input type=\"hidden\" name=\"learnersName\" value=\"").Append(IssuerView.E(learnersName)).Append("\">\n")
                .Append("<button type=\"submit\" name=\"action\" value=\"issue\">").Append(view.F("issueChecked", valid.Count)).Append("</button>\n</form>\n");
            UploadForm(view);
            return view.Result(view.T("navUpload"));
        }

        if (await starter.StartAsync(batchTemplate, valid, session.Issuer, session.Actor, cancellationToken).ConfigureAwait(false) is not { } batchId)
        {
            return Refuse(view, view.T("queueFull"), StatusCodes.Status503ServiceUnavailable);
        }

        return SeeOther.To(context, "/issuer/batches/" + batchId, language);
    }

    /// <summary>The chosen files, or the ones an earlier check carried forward in the form.</summary>
    private static async Task<(byte[]? Template, byte[]? Learners, string LearnersName)> UploadedAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var template = await ReadAsync(form.Files.GetFile("template"), cancellationToken).ConfigureAwait(false) ?? FromBase64(form["templateData"].ToString());
        var file = form.Files.GetFile("learners");
        var learners = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
        return learners is not null
            ? (template, learners, file!.FileName)
            : (template, FromBase64(form["learnersData"].ToString()), form["learnersName"].ToString());
    }

    private static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 })
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static byte[]? FromBase64(string text)
    {
        var bytes = new byte[text.Length];
        return text.Length > 0 && Convert.TryFromBase64String(text, bytes, out var written) ? bytes[..written] : null;
    }

    private static IResult Refuse(IssuerView view, string alert, int status)
    {
        view.Alert(alert, error: true);
        UploadForm(view);
        return view.Result(view.T("navUpload"), status);
    }

    private static void ProblemTable(IssuerView view, IReadOnlyList<RowError> errors)
    {
        view.Body.Append("<table id=\"problems\">\n<thead><tr><th scope=\"col\">").Append(view.T("line")).Append("</th><th scope=\"col\">")
            .Append(view.T("column")).Append("</th><th scope=\"col\">").Append(view.T("problem")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var error in errors)
        {
            view.Body.Append("<tr>").Append(view.Cell("line")).Append(error.Line).Append("</td>").Append(view.Cell("column"))
                .Append(IssuerView.E(error.Column ?? string.Empty)).Append("</td>").Append(view.Cell("problem"))
                .Append(IssuerView.E((error with { Column = null }).Text(view.Language))).Append("</td></tr>\n");
        }

        view.Body.Append("</tbody>\n</table>\n");
    }

    private static void UploadForm(IssuerView view)
    {
        view.Body.Append("<p>").Append(view.T("uploadIntro")).Append("</p>\n");
        view.FormStart("/issuer/batches", multipart: true, id: "upload");
        view.Body.Append("<label for=\"template\">").Append(view.T("templateFile")).Append("</label>\n")
            .Append("<input type=\"file\" id=\"template\" name=\"template\" accept=\".json\">\n")
            .Append("<label for=\"learners\">").Append(view.T("learnersFile")).Append("</label>\n")
            .Append("<input type=\"file\" id=\"learners\" name=\"learners\" accept=\".csv,.tsv,.txt,.xlsx,.json\">\n")
            .Append("<div class=\"buttons\"><button type=\"submit\" name=\"action\" value=\"check\">").Append(view.T("check")).Append("</button> ")
            .Append("<button type=\"submit\" name=\"action\" value=\"issue\" class=\"secondary\">").Append(view.T("issue")).Append("</button></div>\n</form>\n");
    }
}
