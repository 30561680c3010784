using System.Net;
using System.Text.Json.Nodes;
using Credentials.TestKit;
using Credentials.TestKit.W3c;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// Runs a vc-di-eddsa row as the suite does: <c>issue</c> rows send the suite's credential (with its mutation) to
/// <c>POST /credentials/issue</c> in the row's cryptosuite and assert the row's check on the result;
/// <c>verify</c> rows send a fixture the suite's key signed (with its mutation) to <c>POST /credentials/verify</c>
/// with <c>options.checks: ["proof"]</c>; <c>issue-verify</c> rows (the interop matrix) verify what we issued.
/// </summary>
internal static class DiEddsaSuiteRunner
{
    public static async Task<SuiteRunner.Outcome> RunAsync(HttpClient client, SuiteManifest suite, SuiteRow row)
    {
        var input = JsonMutation.Apply(suite.Input(row), row.Mutate)!;
        switch (row.Endpoint)
        {
            case "issue":
            {
                var (status, body, issued) = await IssueAsync(client, input, row.Cryptosuite!);
                if (row.ExpectsRefusal)
                {
                    return new SuiteRunner.Outcome(status is 400 or 422, $"issue: {status} {Shorten(body)}");
                }

                if (issued is null)
                {
                    return new SuiteRunner.Outcome(false, $"issue: {status} {Shorten(body)}");
                }

                var failure = row.Check is null ? null : await DataIntegrityProofShape.FailureAsync(row.Check, issued, row.Cryptosuite!, vm => PublicKeyAsync(client, vm));
                return new SuiteRunner.Outcome(failure is null, $"issue: {status}, {row.Check}: {failure ?? "ok"}");
            }

            case "verify":
                return await VerifyAsync(client, input, row);
            case "issue-verify":
            {
                var (status, body, issued) = await IssueAsync(client, input, row.Cryptosuite!);
                return issued is null ? new SuiteRunner.Outcome(false, $"issue: {status} {Shorten(body)}") : await VerifyAsync(client, issued, row);
            }

            default:
                throw new ArgumentException($"Unknown endpoint {row.Endpoint}.", nameof(row));
        }
    }

    /// <summary>The suite's <c>createInitialVc</c>: a fresh id and our issuer, then the VC-API issue call.</summary>
    private static async Task<(int Status, string Body, JsonObject? Issued)> IssueAsync(HttpClient client, JsonNode credential, string cryptosuite)
    {
        if (credential is JsonObject document)
        {
            document["id"] = $"urn:uuid:{Guid.NewGuid()}";
            document["issuer"] = TestKeys.Northern.Did;
        }

        var response = await Api.PostAsync(client, "/credentials/issue", new JsonObject { ["credential"] = credential, ["options"] = new JsonObject { ["format"] = cryptosuite } });
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}, never allowed: {body}");
        }

        var issued = response.StatusCode == HttpStatusCode.Created ? JsonNode.Parse(body)?["verifiableCredential"] as JsonObject : null;
        return ((int)response.StatusCode, body, issued);
    }

    private static async Task<SuiteRunner.Outcome> VerifyAsync(HttpClient client, JsonNode credential, SuiteRow row)
    {
        var response = await Api.PostAsync(client, "/credentials/verify", new JsonObject { ["verifiableCredential"] = credential.DeepClone(), ["options"] = new JsonObject { ["checks"] = new JsonArray("proof") } }, apiKey: null);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            throw new InvalidOperationException($"{row.Id}: HTTP {status}, never allowed: {body}");
        }

        // assertions.js verificationSuccess wants 200; verificationFail wants 400 or 422.
        var ok = row.ExpectsRefusal ? status is 400 or 422 : status == 200;
        return new SuiteRunner.Outcome(ok, $"verify: {status} {(ok ? Codes(body) : Shorten(body))}");
    }

    /// <summary>The suite's documentLoader for a verification method: did:key from the key itself, did:web from our DID document.</summary>
    private static async Task<string?> PublicKeyAsync(HttpClient client, string verificationMethod)
    {
        if (verificationMethod.StartsWith("did:key:", StringComparison.Ordinal))
        {
            return verificationMethod.Split('#')[0]["did:key:".Length..];
        }

        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/.well-known/did.json", UriKind.Relative)))!;
        return document["verificationMethod"]!.AsArray()
            .Where(m => (string?)m!["id"] == verificationMethod || ((string?)m!["id"])?.StartsWith('#') == true && verificationMethod.EndsWith((string)m["id"]!, StringComparison.Ordinal))
            .Select(m => (string?)m!["publicKeyMultibase"])
            .FirstOrDefault();
    }

    private static string Codes(string body) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(body, "\"code\":\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct());

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
