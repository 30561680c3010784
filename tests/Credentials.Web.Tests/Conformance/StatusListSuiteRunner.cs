using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Credentials.TestKit.W3c;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// Runs a vc-bitstring-status-list row as the suite's <c>TestEndpoints</c> would, in both Data Integrity
/// cryptosuites (the suite reads the issued credential and the status list as JSON): <c>issue-status</c> issues the
/// suite's credential with status, fetches every status list it names (<c>Accept: application/vc+ld+json</c>) and
/// asserts the row's check; <c>issue-verify</c> verifies what was issued with the proof and status checks;
/// <c>issue-revoke-verify</c> and <c>issue-suspend-reinstate-verify</c> change the status through
/// <c>POST /credentials/status</c> between verifications.
/// </summary>
internal static class StatusListSuiteRunner
{
    private static readonly string[] Cryptosuites = ["eddsa-rdfc-2022", "eddsa-jcs-2022"];

    public static async Task<SuiteRunner.Outcome> RunAsync(HttpClient client, SuiteManifest suite, SuiteRow row)
    {
        var details = new List<string>();
        var passed = true;
        foreach (var cryptosuite in Cryptosuites)
        {
            var (ok, detail) = await RunOnceAsync(client, suite, row, cryptosuite);
            passed &= ok;
            details.Add($"{cryptosuite}: {detail}");
        }

        return new SuiteRunner.Outcome(passed, string.Join("; ", details));
    }

    private static async Task<(bool Passed, string Detail)> RunOnceAsync(HttpClient client, SuiteManifest suite, SuiteRow row, string cryptosuite)
    {
        var input = (JsonObject)JsonMutation.Apply(suite.Input(row), row.Mutate)!;
        // An issue row sends its own (malformed) entry, so it does not ask the service to add one.
        var (status, body, issued) = await IssueAsync(client, input, cryptosuite, askForStatus: row.Endpoint != "issue");
        if (row.Endpoint == "issue")
        {
            return (status is 400 or 422 == row.ExpectsRefusal && (row.ExpectsRefusal || issued is not null), $"issue: {status} {Shorten(body)}");
        }

        if (issued is null)
        {
            return (false, $"issue: {status} {Shorten(body)}");
        }

        switch (row.Endpoint)
        {
            case "issue-status":
            {
                var entries = issued["credentialStatus"] switch
                {
                    JsonObject one => [one],
                    JsonArray many => many.OfType<JsonObject>().ToList(),
                    _ => new List<JsonObject>(),
                };
                var lists = new List<JsonObject?>();
                foreach (var entry in entries)
                {
                    lists.Add(await StatusListAsync(client, (string?)entry["statusListCredential"]));
                }

                var failure = StatusListShape.Failure(row.Check!, issued, input, entries, lists);
                return (failure is null, $"{row.Check}: {failure ?? "ok"}");
            }

            case "issue-verify":
                return await VerifyAsync(client, issued, expectVerified: true);
            case "issue-revoke-verify":
            {
                var before = await VerifyAsync(client, issued, expectVerified: true);
                var change = await ChangeAsync(client, issued, "revoke");
                var after = await VerifyAsync(client, issued, expectVerified: false);
                return (before.Passed && change.Passed && after.Passed, $"before {before.Detail}; revoke {change.Detail}; after {after.Detail}");
            }

            case "issue-suspend-reinstate-verify":
            {
                var suspend = await ChangeAsync(client, issued, "suspend");
                var suspended = await VerifyAsync(client, issued, expectVerified: false);
                var reinstate = await ChangeAsync(client, issued, "reinstate");
                var reinstated = await VerifyAsync(client, issued, expectVerified: true);
                return (suspend.Passed && suspended.Passed && reinstate.Passed && reinstated.Passed, $"suspended {suspended.Detail}; reinstated {reinstated.Detail}");
            }

            default:
                throw new ArgumentException($"Unknown endpoint {row.Endpoint}.", nameof(row));
        }
    }

    /// <summary>
    /// The suite's <c>createRequestBody</c> and <c>issueValidVc</c>: a fresh id, our issuer, status asked for. The id
    /// is also sent as <c>options.credentialId</c>, the id the registry records and <c>POST /credentials/status</c>
    /// takes: the registry does not adopt a W3C credential's own <c>id</c>.
    /// </summary>
    private static async Task<(int Status, string Body, JsonObject? Issued)> IssueAsync(HttpClient client, JsonObject credential, string cryptosuite, bool askForStatus)
    {
        var id = $"urn:uuid:{Guid.NewGuid()}";
        credential["id"] = id;
        credential["issuer"] ??= Credentials.TestKit.TestKeys.Northern.Did;
        var options = new JsonObject { ["format"] = cryptosuite, ["credentialId"] = id };
        if (askForStatus)
        {
            options["credentialStatus"] = new JsonObject { ["type"] = "BitstringStatusListEntry" };
        }

        var response = await Api.PostAsync(client, "/credentials/issue", new JsonObject { ["credential"] = credential.DeepClone(), ["options"] = options });
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}, never allowed: {body}");
        }

        return ((int)response.StatusCode, body, response.StatusCode == HttpStatusCode.Created ? JsonNode.Parse(body)?["verifiableCredential"] as JsonObject : null);
    }

    /// <summary>helpers.js getSlc: the status-list credential as JSON, through our own <c>GET /status/{id}</c>.</summary>
    private static async Task<JsonObject?> StatusListAsync(HttpClient client, string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, uri.PathAndQuery);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vc+ld+json"));
        using var response = await client.SendAsync(request);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject : null;
    }

    private static async Task<(bool Passed, string Detail)> VerifyAsync(HttpClient client, JsonObject credential, bool expectVerified)
    {
        var body = new JsonObject { ["verifiableCredential"] = credential.DeepClone(), ["options"] = new JsonObject { ["checks"] = new JsonArray("proof", "status") } };
        var response = await Api.PostAsync(client, "/credentials/verify", body, apiKey: null);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            throw new InvalidOperationException($"verify: HTTP {status}, never allowed: {text}");
        }

        var ok = expectVerified ? status == 200 : status is 400 or 422;
        return (ok, $"verify: {status} {(ok ? Codes(text) : Shorten(text))}");
    }

    private static async Task<(bool Passed, string Detail)> ChangeAsync(HttpClient client, JsonObject credential, string action)
    {
        var response = await Api.PostAsync(client, "/credentials/status", new JsonObject { ["credentialId"] = (string?)credential["id"], ["action"] = action, ["reason"] = "W3C suite status test" });
        return (response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
    }

    private static string Codes(string body) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(body, "\"code\":\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct());

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
