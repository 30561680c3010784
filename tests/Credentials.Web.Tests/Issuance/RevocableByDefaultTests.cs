using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Credentials.Model.Registry;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.Issuance;

public sealed class RevocableByDefaultTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Issue_WithoutOptions_IsRevocableAndRecordsTheStudentNumber()
    {
        var body = await Api.IssueSampleAsync(_client);

        var payload = TestCredentials.Payload(body["verifiableCredential"]!.GetValue<string>());
        payload["vc"]!["credentialStatus"]!.AsArray().Select(e => e!["statusPurpose"]!.GetValue<string>()).Should().BeEquivalentTo("revocation", "suspension");
        var record = await factory.Services.GetRequiredService<ICredentialStore>().GetAsync(payload["jti"]!.GetValue<string>());
        record!.StudentNumber.Should().Be("900123");
        var revoke = await Api.PostAsync(_client, "/credentials/status", new JsonObject { ["credentialId"] = record.CredentialId, ["action"] = "revoke", ["reason"] = "test" });
        revoke.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Issue_CredentialStatusFalse_HasNoEntries()
    {
        var body = await Api.IssueSampleAsync(_client, new JsonObject { ["credentialStatus"] = false });

        TestCredentials.Payload(body["verifiableCredential"]!.GetValue<string>())["vc"]!.AsObject().ContainsKey("credentialStatus").Should().BeFalse();
    }

    [Fact]
    public async Task Find_ByStudentNumber_ListsOnlyThisIssuersCredentials()
    {
        var body = await Api.IssueSampleAsync(_client);
        var id = TestCredentials.Payload(body["verifiableCredential"]!.GetValue<string>())["jti"]!.GetValue<string>();
        await factory.Services.GetRequiredService<ICredentialStore>().ReserveManyAsync([new CredentialReservation(
            "urn:uuid:" + Guid.NewGuid().ToString("D"), "did:web:other-university.example", "t:900123", "t", "vc-jwt", DateTimeOffset.UnixEpoch, []) { StudentNumber = "900123" }]);

        var found = await GetAsync("/credentials?studentNumber=900123");

        found.StatusCode.Should().Be(HttpStatusCode.OK);
        var credentials = (await Bodies.ReadObjectAsync(found))["credentials"]!.AsArray();
        credentials.Select(c => c!["id"]!.GetValue<string>()).Should().Contain(id);
        credentials.Should().OnlyContain(c => c!["template"]!.GetValue<string>().StartsWith("sha256:", StringComparison.Ordinal) && c["status"]!.GetValue<string>() != null);
        credentials.Single(c => c!["id"]!.GetValue<string>() == id)!["status"]!.GetValue<string>().Should().Be("active");
    }

    [Theory]
    [InlineData("/credentials")]
    [InlineData("/credentials?studentNumber=")]
    public async Task Find_WithoutStudentNumber_Is400Problem(string path)
    {
        var response = await GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Find_WithoutKey_Is401()
    {
        (await _client.GetAsync("/credentials?studentNumber=900123")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private Task<HttpResponseMessage> GetAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFactory.DemoApiKey);
        return _client.SendAsync(request);
    }
}
