using System.Text;
using System.Text.Json.Nodes;
using Credentials.Issuer.Issuing;
using Credentials.Issuer.Sharing;
using Credentials.Issuer.Status;
using Credentials.Model.Input;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Web.Authentication;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Issuance;

/// <summary>
/// <c>POST /credentials/issue</c> (VC-API): validates, records in the registry (with status-list entries when asked),
/// signs and returns one credential. A credential that fails validation or signing leaves nothing in the registry.
/// </summary>
internal static class IssueEndpoints
{
    public static IEndpointRouteBuilder MapIssuance(this IEndpointRouteBuilder app)
    {
        app.MapPost("/credentials/issue", IssueAsync).AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        app.MapFind();
        return app;
    }

    private static async Task<Results<Created<JsonObject>, ProblemHttpResult>> IssueAsync(
        HttpContext context,
        ILoggerFactory logs,
        WebOptions options,
        CredentialIssuer issuer,
        ICredentialStore store,
        StatusListUrls urls,
        ShareLinks links,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var (read, error) = IssueRequestReader.Read(body);
        if (read is null)
        {
            return Problems.Unreadable(error!);
        }

        if (SecuringFormats.KeyProblem(read.Format, issuer.KeyType) is { } keyProblem)
        {
            return Invalid([keyProblem with { Pointer = "/options/format" }]);
        }

        var id = read.CredentialId ?? "urn:uuid:" + Guid.NewGuid().ToString("D");
        var now = time.GetUtcNow();
        Func<JsonArray?, (JsonObject? Document, IReadOnlyList<ModelProblem> Problems)> build;
        string learnerRef, templateId;
        string? studentNumber = null;

        // Revocable by default: every credential the registry records gets revocation and suspension entries.
        var withStatus = read.WithStatus ?? true;
        if (read.IsInputForm)
        {
            var parsed = MicroCredentialJson.Parse(Encoding.UTF8.GetBytes(read.Credential.ToJsonString()));
            if (!parsed.IsValid)
            {
                return Invalid(parsed.Problems);
            }

            learnerRef = parsed.Value!.Learner.StudentNumber ?? parsed.Value.Learner.Did ?? string.Empty;
            studentNumber = parsed.Value.Learner.StudentNumber;
            templateId = RecordingIssuer.TemplateIdOf(read.Credential["template"]!);
            build = status =>
            {
                var prepared = issuer.Prepare(parsed.Value, id, null, status);
                return (prepared.Problems.Count == 0 ? prepared.Credential : null, prepared.Problems);
            };
        }
        else
        {
            var (document, problems) = W3cCredentials.Prepare(read.Credential, issuer.IssuerId, id, now);
            if (document is null)
            {
                return Invalid(problems);
            }

            if (read.WithStatus == true && document.ContainsKey("credentialStatus"))
            {
                return Invalid([new ModelProblem("/credentialStatus", W3cProblemCodes.Status, "leave credentialStatus out when options.credentialStatus asks the service to add it")]);
            }

            withStatus = read.WithStatus ?? !document.ContainsKey("credentialStatus");
            learnerRef = W3cCredentials.LearnerReference(document);
            templateId = "w3c";
            build = status =>
            {
                if (status is not null)
                {
                    CredentialStatusEntries.AddTo(document, status);
                }

                return (document, []);
            };
        }

        // Validate before anything is written: the registry must not hold a credential that was never issued.
        var check = build(null);
        if (check.Document is null)
        {
            return Invalid(check.Problems);
        }

        var dataModel2 = W3cCredentials.IsDataModel2(check.Document);
        var envelope = read.Envelope ?? (read.JoseFormatName && dataModel2);
        if (envelope && !dataModel2)
        {
            return Invalid([new ModelProblem("/@context", W3cProblemCodes.Context, "an EnvelopedVerifiableCredential holds a VC Data Model 2.0 credential (vc+jwt); this one is VC Data Model 1.1")]);
        }

        if (read.CredentialId is not null && await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return Used(id);
        }

        string? secured = null;
        var reservation = new CredentialReservation(
            id, issuer.IssuerId, learnerRef, templateId, RecordingIssuer.FormatName(read.Format), now,
            withStatus ? [StatusPurpose.Revocation, StatusPurpose.Suspension] : [])
        {
            StudentNumber = studentNumber,
        };
        try
        {
            var outcomes = await store.RecordManyAsync([reservation], async (records, ct) =>
            {
                var status = withStatus ? CredentialStatusEntries.Build(records[0].StatusAllocations, urls) : null;
                secured = await issuer.SecureAsync(build(status).Document!, read.Format, cancellationToken: ct).ConfigureAwait(false);
                return [Encoding.UTF8.GetBytes(secured)];
            }, cancellationToken).ConfigureAwait(false);
            if (outcomes[0].AlreadyExisted)
            {
                return Used(id);
            }
        }
        catch (ArgumentException e) when (read.Format == SecuringFormat.DataIntegrityRdfc || !read.IsInputForm)
        {
            // Validated before signing (CredentialDataModel); this is the last guard, never a 5xx for caller data.
            return Invalid([new ModelProblem(string.Empty, W3cProblemCodes.JsonLd, e.Message)]);
        }

        var formatName = RecordingIssuer.FormatName(read.Format);
        var actor = ApiKeyFilter.Actor(context);
        var logger = logs.CreateLogger(Log.Category);
        Log.Issued(logger, id, formatName, withStatus, actor);
        JsonNode result = read.Format != SecuringFormat.Jwt ? JsonNode.Parse(secured!)!
            : envelope ? EnvelopedCredential.Of(secured!)
            : JsonValue.Create(secured!);
        var response = new JsonObject { ["verifiableCredential"] = result };

        // The learner's share link (its page needs the registry's copy of the credential); the PDF's QR code points at it.
        if (options.StoreCredentialContent && (await links.CreateAsync(id, null, cancellationToken).ConfigureAwait(false)).Link is { } link)
        {
            response["shareLink"] = Sharing.ShareLinkEndpoints.Json(link, Sharing.ShareLinkEndpoints.BaseUrl(context, options), time.GetUtcNow());
        }

        return TypedResults.Created((string?)null, response);
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<ModelProblem> problems) =>
        TypedResults.Problem(
            $"{problems.Count} problem(s) in the credential.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Invalid credential",
            extensions: new Dictionary<string, object?>
            {
                // Pointers are relative to the request body, where the credential sits under /credential.
                ["problems"] = problems.Select(p => new { pointer = "/credential" + p.Pointer, code = p.Code, message = p.Message }).ToArray(),
            });

    private static ProblemHttpResult Used(string id) => TypedResults.Problem(
        "A credential with this id has already been issued.", statusCode: StatusCodes.Status409Conflict, title: "Credential id in use",
        extensions: new Dictionary<string, object?> { ["credentialId"] = id });
}
