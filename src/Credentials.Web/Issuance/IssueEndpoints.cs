using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Issuer.Issuing;
using Credentials.Model.Input;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Issuance;

/// <summary><c>POST /credentials/issue</c> (VC-API): signs one micro-credential given in our JSON input form.</summary>
internal static class IssueEndpoints
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    public static IEndpointRouteBuilder MapIssuance(this IEndpointRouteBuilder app)
    {
        app.MapPost("/credentials/issue", IssueAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Created<JsonObject>, ProblemHttpResult>> IssueAsync(
        HttpRequest request, WebOptions options, CredentialIssuer issuer, CancellationToken cancellationToken)
    {
        if (ApiKeys.Reject(request, options) is { } status)
        {
            return TypedResults.Problem(
                status == StatusCodes.Status401Unauthorized ? "Send Authorization: Bearer <api key>." : "The API key is not accepted.",
                statusCode: status);
        }

        var body = await RequestBody.ReadAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.TooLarge(options.MaxBodyBytes);
        }

        if (RequestBody.MediaType(request) != "application/json")
        {
            return Problems.UnsupportedMediaType("application/json");
        }

        byte[] credential;
        try
        {
            using var doc = JsonDocument.Parse(body, Strict);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("credential", out var c) || c.ValueKind != JsonValueKind.Object)
            {
                return Problems.Unreadable("The body must be an object with a credential object (template, learner, award).");
            }

            credential = Encoding.UTF8.GetBytes(c.GetRawText());
        }
        catch (JsonException)
        {
            return Problems.Unreadable("The body is not valid JSON (or repeats a member name).");
        }

        var parsed = MicroCredentialJson.Parse(credential);
        if (!parsed.IsValid)
        {
            return Invalid(parsed.Problems);
        }

        var result = issuer.Issue(parsed.Value!, SecuringFormat.Jwt);
        if (!result.Succeeded)
        {
            return Invalid(result.Problems);
        }

        return TypedResults.Created((string?)null, new JsonObject { ["verifiableCredential"] = result.Secured });
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<Credentials.Model.Input.ModelProblem> problems) =>
        TypedResults.Problem(
            $"{problems.Count} problem(s) in the credential.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Invalid micro-credential",
            extensions: new Dictionary<string, object?>
            {
                // Pointers are relative to the request body, where the input sits under /credential.
                ["problems"] = problems.Select(p => new { pointer = "/credential" + p.Pointer, code = p.Code, message = p.Message }).ToArray(),
            });
}
