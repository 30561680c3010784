using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Composition;

/// <summary>Every JSON answer carries <c>X-Content-Type-Options: nosniff</c>: reports, problem details, refusals, documents.</summary>
public sealed class NoSniffTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string?, string?, HttpStatusCode> Requests => new()
    {
        { "POST", "/credentials/verify", "application/jwt", Bodies.ValidJwt(), HttpStatusCode.OK },
        { "POST", "/credentials/verify", "application/jwt", "a.b.c", HttpStatusCode.UnprocessableEntity },
        { "POST", "/credentials/verify", "application/json", "{", HttpStatusCode.BadRequest },
        { "POST", "/credentials/verify", "image/png", "x", HttpStatusCode.UnsupportedMediaType },
        { "POST", "/presentations/verify", "application/json", "{\"verifiablePresentation\":{}}", HttpStatusCode.BadRequest },
        { "POST", "/credentials/issue", "application/json", "{}", HttpStatusCode.Unauthorized },
        { "GET", "/.well-known/did.json", null, null, HttpStatusCode.OK },
        { "GET", "/health", null, null, HttpStatusCode.OK },
        { "GET", "/status/no-such-list", null, null, HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Response_Json_CarriesNoSniff(string method, string path, string? mediaType, string? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType!) } };
        }

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType?.MediaType.Should().EndWith("json");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task Response_RateLimited_CarriesNoSniff()
    {
        using var limited = new WebFactory { PermitLimit = 1 };
        using var client = limited.CreateClient();
        await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes("a.b.c"), "application/jwt"));

        var response = await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes("a.b.c"), "application/jwt"));

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }
}
