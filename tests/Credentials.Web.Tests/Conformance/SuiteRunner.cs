using System.Net;
using System.Text.Json.Nodes;
using Credentials.TestKit;
using Credentials.TestKit.W3c;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// Runs a W3C suite row against the service as the suite's <c>TestEndpoints</c> would: the issuer is added when the
/// credential has none (as its <c>createRequestBody</c> does), and every securing format we offer is tried.
/// </summary>
internal static class SuiteRunner
{
    /// <summary>The formats the suites are run with: each W3C input must be handled alike by all three.</summary>
    public static readonly string[] Formats = ["jwt", "eddsa-rdfc-2022", "eddsa-jcs-2022"];

    /// <summary>The outcome of one row: whether it did what the suite expects, and what happened, for the test output.</summary>
    public sealed record Outcome(bool Passed, string Detail);

    public static async Task<Outcome> RunAsync(HttpClient client, SuiteManifest suite, SuiteRow row)
    {
        var details = new List<string>();
        var passed = true;
        foreach (var format in row.Endpoint == "issue" ? Formats : [string.Empty])
        {
            var response = row.Endpoint switch
            {
                "issue" => await Api.PostAsync(client, "/credentials/issue", new JsonObject { ["credential"] = WithIssuer(suite.Input(row)), ["options"] = new JsonObject { ["format"] = format } }),
                // helpers.js verifyPresentation: the challenge of fixtures.js, no domain.
                "verifyVp" => await Api.PostAsync(client, "/presentations/verify", new JsonObject { ["verifiablePresentation"] = JsonMutation.Apply(suite.Input(row), row.Mutate), ["options"] = new JsonObject { ["challenge"] = "123456789" } }, apiKey: null),
                "issueEnvelopeVerify" => await IssueEnvelopeVerifyAsync(client, suite, row),
                _ => await Api.PostAsync(client, "/credentials/verify", new JsonObject { ["verifiableCredential"] = suite.Input(row) }, apiKey: null),
            };
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                throw new InvalidOperationException($"{row.Id} ({format}): HTTP {status}, never allowed: {body}");
            }

            var accepted = response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK;
            var refusedClearly = status is 400 or 422 && body.Length > 0;
            var ok = row.ExpectsRefusal ? !accepted && refusedClearly : accepted;
            passed &= ok;
            details.Add($"{(format.Length > 0 ? format : row.Endpoint)}: {status} {(ok ? Codes(body) : Shorten(body))}");
        }

        return new Outcome(passed, string.Join("; ", details));
    }

    /// <summary>4.13.2-envelopes.js: our issuer secures the credential as an <c>EnvelopedVerifiableCredential</c>; the row's mutation is applied to that, then it is verified.</summary>
    private static async Task<HttpResponseMessage> IssueEnvelopeVerifyAsync(HttpClient client, SuiteManifest suite, SuiteRow row)
    {
        var issued = await Api.PostAsync(client, "/credentials/issue", new JsonObject { ["credential"] = WithIssuer(suite.Input(row)), ["options"] = new JsonObject { ["format"] = "vc-jose" } });
        if (issued.StatusCode != HttpStatusCode.Created || JsonNode.Parse(await issued.Content.ReadAsStringAsync())?["verifiableCredential"] is not JsonObject envelope)
        {
            return issued;
        }

        return await Api.PostAsync(client, "/credentials/verify", new JsonObject { ["verifiableCredential"] = JsonMutation.Apply(envelope.DeepClone(), row.Mutate) }, apiKey: null);
    }

    /// <summary>The suite's <c>createRequestBody</c>: our issuer id unless the credential has an issuer (null kept).</summary>
    private static JsonNode WithIssuer(JsonNode credential)
    {
        if (credential is JsonObject document)
        {
            if (document["issuer"] is JsonObject issuer)
            {
                if (!(issuer.ContainsKey("id") && issuer["id"] is null))
                {
                    issuer["id"] ??= TestKeys.Northern.Did;
                }
            }
            else if (!(document.ContainsKey("issuer") && document["issuer"] is null))
            {
                document["issuer"] ??= TestKeys.Northern.Did;
            }
        }

        return credential;
    }

    /// <summary>The problem codes of a refusal, so the output shows why an input was refused.</summary>
    private static string Codes(string body) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(body, "\"code\":\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct());

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
