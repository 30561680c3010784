using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Authentication;

/// <summary>API-key endpoints answer a missing or bad bearer token as RFC 6750 §3 says: 401, a Bearer challenge, and one sentence of problem details.</summary>
public sealed class BearerChallengeTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/credentials/issue" },
        { "POST", "/credentials/status" },
        { "POST", "/batches" },
        { "GET", "/batches/batch-unknown" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_WithoutAToken_Is401WithABearerChallenge(string method, string path)
    {
        var response = await SendAsync(method, path, null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        await AssertProblemAsync(response, "Send Authorization: Bearer <api key>.");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_WithAnUnknownToken_Is401InvalidToken(string method, string path)
    {
        var response = await SendAsync(method, path, new AuthenticationHeaderValue("Bearer", "not-a-key-of-this-service"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
        await AssertProblemAsync(response, "The API key is not accepted: it is unknown, revoked or another issuer's.");
    }

    [Theory]
    [InlineData("Basic", "ZGVtbzpkZW1v", "Bearer")]
    [InlineData("Bearer", null, "Bearer error=\"invalid_token\"")]
    public async Task Issue_OtherSchemeOrEmptyToken_Is401WithTheRightChallenge(string scheme, string? parameter, string challenge)
    {
        var response = await SendAsync("POST", "/credentials/issue", new AuthenticationHeaderValue(scheme, parameter));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be(challenge);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string detail)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await Bodies.ReadObjectAsync(response);
        problem["status"]!.GetValue<int>().Should().Be(401);
        problem["detail"]!.GetValue<string>().Should().Be(detail);
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        request.Headers.Authorization = authorization;
        return await _client.SendAsync(request);
    }
}
