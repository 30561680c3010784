using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Credentials.Web.Tests.Infrastructure;

/// <summary>Requests to the service's authenticated endpoints, as a student system would send them.</summary>
internal static class Api
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string? apiKey = WebFactory.DemoApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Bodies.Json(body) };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? apiKey = WebFactory.DemoApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, JsonNode body, string? apiKey = WebFactory.DemoApiKey) =>
        PostAsync(client, path, body.ToJsonString(), apiKey);

    /// <summary>Issues the Northern University sample input and returns the response body.</summary>
    public static async Task<JsonObject> IssueSampleAsync(HttpClient client, JsonObject? options = null)
    {
        var input = JsonNode.Parse(File.ReadAllText(Path.Combine(Credentials.TestKit.Samples.ValidFolder, "northern-university-aijala.input.json")))!;
        var response = await PostAsync(client, "/credentials/issue", new JsonObject { ["credential"] = input, ["options"] = options ?? new JsonObject() });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Bodies.ReadObjectAsync(response);
    }

    /// <summary>Verifies a credential (JWT string or secured object) and returns the status code and the report.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, JsonObject Report)> VerifyAsync(HttpClient client, JsonNode credential)
    {
        var response = await client.PostAsync("/credentials/verify", Bodies.Json(new JsonObject { ["verifiableCredential"] = credential.DeepClone() }));
        return (response.StatusCode, await Bodies.ReadObjectAsync(response));
    }

    /// <summary>Every result code of a report.</summary>
    public static IEnumerable<string> Codes(JsonObject report) =>
        report["results"]!.AsArray().Select(c => c!["code"]!.GetValue<string>());
}
