using System.Text.Json.Nodes;
using Credentials.TestKit.W3c;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// <c>POST /credentials/issue</c> never answers 5xx: every W3C suite input, with each top-level member removed or
/// replaced by null, a number, an empty array, an empty object and a nested array, is answered 201 or a 4xx problem.
/// </summary>
public sealed class SuiteInputFuzzTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static readonly JsonNode?[] Replacements = [null, JsonValue.Create(7), new JsonArray(), new JsonObject(), new JsonArray(new JsonArray(), JsonValue.Create(""))];
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Issue_MutatedSuiteInputs_NeverAnswer5xx()
    {
        var suite = SuiteManifest.Load("vc-data-model-2.0");
        var failures = new List<string>();
        var sent = 0;

        foreach (var input in suite.Rows.Where(r => r.Endpoint == "issue").Select(r => r.Input).Distinct())
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
