using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Issuance;

public sealed class IssueEndpointTests : IClassFixture<WebFactory>
{
    private readonly HttpClient _client;

    public IssueEndpointTests(WebFactory factory) => _client = factory.CreateClient();

    private static JsonObject Input() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.ValidFolder, "northern-university-aijala.input.json")))!.AsObject();

    [Fact]
    public async Task Issue_ValidInputWithDemoKey_Returns201WithAJwtThatVerifies()
    {
        var response = await SendAsync(new JsonObject { ["credential"] = Input(), ["options"] = new JsonObject() }.ToJsonString(), WebFactory.DemoApiKey);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var jwt = (await Bodies.ReadObjectAsync(response))["verifiableCredential"]!.GetValue<string>();
        jwt.Split('.').Should().HaveCount(3);
        var verify = await _client.PostAsync("/credentials/verify", Bodies.Json(new JsonObject { ["verifiableCredential"] = jwt }));
        verify.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Bodies.ReadObjectAsync(verify))["issuer"]!.GetValue<string>().Should().Be(TestKeys.Northern.Did);
    }

    [Fact]
    public async Task Issue_NoAuthorization_Returns401()
    {
        var response = await SendAsync(new JsonObject { ["credential"] = Input() }.ToJsonString(), apiKey: null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("demo-api-key-not-for-productio")]
    [InlineData("53336a65f72081080e228ff84ceb69f6ca8562d1acfb30d5403ac696b0b109ca")]
    public async Task Issue_WrongApiKey_Returns401InvalidToken(string key)
    {
        var response = await SendAsync(new JsonObject { ["credential"] = Input() }.ToJsonString(), key);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
    }

    [Fact]
    public async Task Issue_InvalidInput_Returns422ListingEveryProblemWithPointers()
    {
        var input = Input();
        input["template"]!.AsObject().Remove("title");
        input["template"]!["ects"] = 500;

        var response = await SendAsync(new JsonObject { ["credential"] = input }.ToJsonString(), WebFactory.DemoApiKey);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problems = (await Bodies.ReadObjectAsync(response))["problems"]!.AsArray();
        var pointers = problems.Select(p => p!["pointer"]!.GetValue<string>()).ToList();
        pointers.Should().Contain(p => p.StartsWith("/credential/template/title", StringComparison.Ordinal));
        pointers.Should().Contain(p => p.StartsWith("/credential/template/ects", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"credential\": ")]
    [InlineData("{\"credential\": {}, \"credential\": {}}")]
    [InlineData("{\"credential\": \"text\"}")]
    [InlineData("[]")]
    public async Task Issue_UnreadableBody_Returns400(string body)
    {
        var response = await SendAsync(body, WebFactory.DemoApiKey);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Issue_TenMebibyteBodyWithValidKey_Returns413()
    {
        var response = await SendAsync("{\"credential\": \"" + new string('a', 10 * 1024 * 1024) + "\"}", WebFactory.DemoApiKey);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Issue_TextPlainBody_Returns415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/credentials/issue") { Content = new StringContent("{}") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFactory.DemoApiKey);

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<HttpResponseMessage> SendAsync(string body, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/credentials/issue") { Content = Bodies.Json(body) };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return await _client.SendAsync(request);
    }
}
