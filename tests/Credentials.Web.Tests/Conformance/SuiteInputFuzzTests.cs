using System.Text.Json.Nodes;
using Credentials.TestKit.W3c;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// <c>POST /credentials/issue</c> never answers 5xx: every W3C suite input sent to the issuer, with each top-level
/// member removed or replaced by null, a number, an empty array, an empty object and a nested array, is answered 201 or a 4xx problem.
/// </summary>
public sealed class SuiteInputFuzzTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static readonly JsonNode?[] Replacements = [null, JsonValue.Create(7), new JsonArray(), new JsonObject(), new JsonArray(new JsonArray(), JsonValue.Create(""))];
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Issue_MutatedSuiteInputs_NeverAnswer5xx()
    {
        var failures = new List<string>();
        var sent = 0;

        foreach (var (suite, input) in IssueInputs())
        {
            var original = JsonNode.Parse(File.ReadAllText(Path.Combine(suite.Folder, "input", input)))!.AsObject();
            foreach (var name in original.Select(p => p.Key).ToList())
            {
                foreach (var variant in Variants(original, name))
                {
                    var format = SuiteRunner.Formats[sent++ % SuiteRunner.Formats.Length];
                    var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = variant, ["options"] = new JsonObject { ["format"] = format } });
                    if ((int)response.StatusCode >= 500 || ((int)response.StatusCode >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                    {
                        failures.Add($"{input} /{name} ({format}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }
        }

        sent.Should().BeGreaterThan(500);
        failures.Should().BeEmpty();
    }

    /// <summary>Every input a suite sends to the issuer: vc-data-model-2.0's, vc-di-eddsa's and vc-bitstring-status-list's.</summary>
    private static IEnumerable<(SuiteManifest Suite, string Input)> IssueInputs() =>
        ((string[])["vc-data-model-2.0", "vc-di-eddsa", "vc-bitstring-status-list"])
            .Select(SuiteManifest.Load)
            .SelectMany(suite => suite.Rows.Where(r => r.Endpoint.StartsWith("issue", StringComparison.Ordinal)).Select(r => r.Input).Distinct().Select(input => (suite, input)));

    private static IEnumerable<JsonObject> Variants(JsonObject original, string name)
    {
        var removed = (JsonObject)original.DeepClone();
        removed.Remove(name);
        yield return removed;
        foreach (var replacement in Replacements)
        {
            var changed = (JsonObject)original.DeepClone();
            changed[name] = replacement?.DeepClone();
            yield return changed;
        }
    }
}
