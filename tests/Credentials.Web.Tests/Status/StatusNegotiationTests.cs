using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Credentials.Model.Ports;
using Credentials.TestKit;
using Credentials.Verifier;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Status;

/// <summary>
/// <c>GET /status/{id}</c> by content negotiation: the VC-JOSE token by default, a Data Integrity–secured JSON
/// <c>BitstringStatusListCredential</c> for the JSON media types; the same bits, one ETag per representation.
/// </summary>
public sealed class StatusNegotiationTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("application/vc+ld+json", "application/vc+ld+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/vc+jwt;q=0.5, application/ld+json", "application/vc+ld+json")]
    public async Task GetList_JsonAccept_ServesTheSameBitsWithADataIntegrityProof(string accept, string mediaType)
    {
        var (_, jwt) = await IssueAsync();
        var url = RevocationListPath(jwt);

        var token = await GetAsync(url, null);
        var json = await GetAsync(url, accept);

        json.StatusCode.Should().Be(HttpStatusCode.OK);
        json.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        json.Headers.Vary.Should().Contain("Accept");
        var document = JsonNode.Parse(await json.Content.ReadAsStringAsync())!;
        document["proof"]!["cryptosuite"]!.GetValue<string>().Should().Be("eddsa-rdfc-2022");
        var tokenList = TestCredentials.Payload(await token.Content.ReadAsStringAsync());
        document["credentialSubject"]!["encodedList"]!.GetValue<string>().Should().Be(tokenList["credentialSubject"]!["encodedList"]!.GetValue<string>());
        json.Headers.ETag!.Tag.Should().NotBe(token.Headers.ETag!.Tag, "the two representations are different bytes");
        var (status, report) = await Api.VerifyAsync(_client, document);
        Api.Codes(report).Should().Contain("proof.valid", report.ToJsonString());
    }

    [Fact]
    public async Task GetList_NoAcceptOrWildcard_ServesTheToken_AndEachETagRevalidatesOnlyItsRepresentation()
    {
        var (_, jwt) = await IssueAsync();
        var url = RevocationListPath(jwt);

        var plain = await GetAsync(url, null);
        var wildcard = await GetAsync(url, "*/*");
        var json = await GetAsync(url, "application/vc+ld+json");

        plain.Content.Headers.ContentType!.MediaType.Should().Be("application/vc+jwt");
        wildcard.Content.Headers.ContentType!.MediaType.Should().Be("application/vc+jwt");
        (await GetAsync(url, "application/vc+ld+json", json.Headers.ETag)).StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await GetAsync(url, null, json.Headers.ETag)).StatusCode.Should().Be(HttpStatusCode.OK, "the JSON tag does not name the token");
    }

    [Fact]
    public async Task Verifier_ReadsTheJsonRepresentation_AndSeesARevocation()
    {
        var (id, jwt) = await IssueAsync();
        var verifier = new CredentialVerifier(new VerifierOptions(), TimeProvider.System, statusLists: new JsonListSource(_client));

        var before = await verifier.VerifyAsync(jwt);
        await Api.PostAsync(_client, "/credentials/status", new JsonObject { ["credentialId"] = id, ["action"] = "revoke", ["reason"] = "test" });
        var after = await verifier.VerifyAsync(jwt);

        before.Checks.Select(c => c.Code).Should().Contain("status.active");
        after.Checks.Select(c => c.Code).Should().Contain("status.revoked");
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? accept, EntityTagHeaderValue? etag = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        return await _client.SendAsync(request);
    }

    private static string RevocationListPath(string jwt)
    {
        var entries = TestCredentials.Payload(jwt)["vc"]!["credentialStatus"]!.AsArray();
        var revocation = entries.Single(e => e!["statusPurpose"]!.GetValue<string>() == "revocation")!;
        return new Uri(revocation["statusListCredential"]!.GetValue<string>()).AbsolutePath;
    }

    private async Task<(string Id, string Jwt)> IssueAsync()
    {
        var body = await Api.IssueSampleAsync(_client, new JsonObject { ["credentialStatus"] = new JsonObject { ["type"] = "BitstringStatusListEntry" } });
        var jwt = body["verifiableCredential"]!.GetValue<string>();
        return (TestCredentials.Payload(jwt)["jti"]!.GetValue<string>(), jwt);
    }

    /// <summary>A status-list source that asks the service for the JSON form, as a JSON-LD verifier would.</summary>
    private sealed class JsonListSource(HttpClient client) : IStatusListSource
    {
        public async Task<string?> GetAsync(string url, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url).AbsolutePath);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vc+ld+json"));
            var response = await client.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            text.TrimStart().Should().StartWith("{");
            return text;
        }
    }
}
