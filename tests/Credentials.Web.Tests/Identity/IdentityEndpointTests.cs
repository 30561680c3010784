using System.Net;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Identity;

public sealed class IdentityEndpointTests : IClassFixture<WebFactory>
{
    private readonly HttpClient _client;

    public IdentityEndpointTests(WebFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task DidJson_Get_ReturnsTheConfiguredIssuersDocument()
    {
        var response = await _client.GetAsync("/.well-known/did.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/did+json");
        var doc = await Bodies.ReadObjectAsync(response);
        doc["id"]!.GetValue<string>().Should().Be(TestKeys.Northern.Did);
        doc["assertionMethod"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Contain(TestKeys.Northern.KeyId);
        doc.ToJsonString().Should().NotContain("\"d\"", "the private key part must never be published");
    }

    [Fact]
    public async Task Health_Get_ReturnsOk()
    {
        var response = await _client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Bodies.ReadObjectAsync(response))["status"]!.GetValue<string>().Should().Be("ok");
    }
}
