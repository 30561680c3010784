using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Status;

/// <summary>
/// Both forms of <c>GET /status/{id}</c> carry <c>credentialSubject.ttl</c> (milliseconds, equal to the
/// <c>Cache-Control</c> max-age) and a <c>validUntil</c> <c>StatusListValidMinutes</c> after <c>validFrom</c>.
/// </summary>
public sealed class StatusListLifetimeEndpointTests : IClassFixture<StatusListLifetimeEndpointTests.Factory>
{
    private readonly HttpClient _client;

    public StatusListLifetimeEndpointTests(Factory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData(null)]
    [InlineData("application/vc+ld+json")]
    public async Task GetList_EitherForm_CarriesConfiguredTtlAndValidUntil(string? accept)
    {
        var body = await Api.IssueSampleAsync(_client, new JsonObject { ["credentialStatus"] = new JsonObject { ["type"] = "BitstringStatusListEntry" } });
        var entry = TestCredentials.Payload(body["verifiableCredential"]!.GetValue<string>())["vc"]!["credentialStatus"]!.AsArray()[0]!;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(entry["statusListCredential"]!.GetValue<string>()).AbsolutePath);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var list = accept is null ? TestCredentials.Payload(text) : JsonNode.Parse(text)!;

        response.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromSeconds(120));
        list["credentialSubject"]!["ttl"]!.GetValue<long>().Should().Be(120_000);
        var validFrom = DateTimeOffset.Parse(list["validFrom"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        DateTimeOffset.Parse(list["validUntil"]!.GetValue<string>(), CultureInfo.InvariantCulture).Should().Be(validFrom.AddMinutes(90));
    }

    /// <summary>The service with a shorter max-age and validity than the defaults.</summary>
    public sealed class Factory : IDisposable
    {
        private readonly WebFactory _inner = new();

        public Factory()
        {
            _inner.Settings["Credentials:StatusListMaxAgeSeconds"] = "120";
            _inner.Settings["Credentials:StatusListValidMinutes"] = "90";
        }

        public HttpClient CreateClient() => _inner.CreateClient();

        public void Dispose() => _inner.Dispose();
    }
}
