using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.Status;

public sealed class StatusEndpointTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Revoke_ThenVerify_SaysRevoked()
    {
        var (id, jwt) = await IssueAsync();

        var change = await ChangeAsync(id, "revoke");

        change.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Bodies.ReadObjectAsync(change))["status"]!.GetValue<string>().Should().Be("Revoked");
        var (status, report) = await Api.VerifyAsync(_client, jwt);
        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        Api.Codes(report).Should().Contain("status.revoked");
    }

    [Fact]
    public async Task Suspend_ThenReinstate_VerifiesAgain()
    {
        var (id, jwt) = await IssueAsync();

        (await ChangeAsync(id, "suspend")).StatusCode.Should().Be(HttpStatusCode.OK);
        var (suspended, report) = await Api.VerifyAsync(_client, jwt);
        suspended.Should().Be(HttpStatusCode.UnprocessableEntity);
        Api.Codes(report).Should().Contain("status.suspended");

        (await ChangeAsync(id, "reinstate")).StatusCode.Should().Be(HttpStatusCode.OK);
        var (reinstated, _) = await Api.VerifyAsync(_client, jwt);
        reinstated.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reinstate_AfterRevocation_Is409_AndTheCredentialStaysRevoked()
    {
        var (id, jwt) = await IssueAsync();
        await ChangeAsync(id, "revoke");

        var reinstate = await ChangeAsync(id, "reinstate");

        reinstate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        Api.Codes((await Api.VerifyAsync(_client, jwt)).Report).Should().Contain("status.revoked");
    }

    [Fact]
    public async Task Change_UnknownCredential_Is404ProblemWithASentence()
    {
        var response = await ChangeAsync("urn:uuid:00000000-0000-4000-8000-0000000000ff", "revoke");

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, "No credential urn:uuid:00000000-0000-4000-8000-0000000000ff of this issuer is in the registry.");
    }

    [Fact]
    public async Task Change_AnotherIssuersCredential_Is404AndNothingChanges()
    {
        var store = factory.Services.GetRequiredService<Model.Registry.ICredentialStore>();
        var id = "urn:uuid:" + Guid.NewGuid().ToString("D");
        await store.ReserveManyAsync([new Model.Registry.CredentialReservation(
            id, "did:web:other-university.example", "t:1", "t", "vc-jwt", DateTimeOffset.UnixEpoch, [Model.Status.StatusPurpose.Revocation])]);

        var response = await ChangeAsync(id, "revoke");

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, $"No credential {id} of this issuer is in the registry.");
        (await store.GetAsync(id))!.Status.Should().Be(Model.Registry.CredentialStatusState.Active);
    }

    [Fact]
    public async Task Change_CredentialIssuedWithoutStatus_Is409ProblemWithASentence()
    {
        var body = await Api.IssueSampleAsync(_client, new JsonObject { ["credentialStatus"] = false });
        var id = TestCredentials.Payload(body["verifiableCredential"]!.GetValue<string>())["jti"]!.GetValue<string>();

        var response = await ChangeAsync(id, "revoke");

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, $"Credential {id} was issued without a revocation status entry, so no verifier could see the change; nothing changed.");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong", HttpStatusCode.Unauthorized)]
    public async Task Change_WithoutAValidKey_IsRefused_AndNothingChanges(string? key, HttpStatusCode expected)
    {
        var (id, jwt) = await IssueAsync();

        var response = await Api.PostAsync(_client, "/credentials/status", Change(id, "revoke"), key);

        response.StatusCode.Should().Be(expected);
        (await Api.VerifyAsync(_client, jwt)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"credentialId\": \"urn:x\", \"action\": \"delete\", \"reason\": \"r\"}")]
    [InlineData("{\"credentialId\": \"urn:x\", \"action\": \"revoke\"}")]
    [InlineData("{\"credentialId\": \"urn:x\", \"action\": \"revoke\", \"reason\": \"\"}")]
    [InlineData("{\"credentialId\": 5, \"action\": \"revoke\", \"reason\": \"r\"}")]
    [InlineData("{\"credentialId\": \"urn:x\", \"action\": \"revoke\", \"reason\": \"r\", \"extra\": 1}")]
    [InlineData("{\"credentialId\": \"urn:x\", \"action\": \"revoke\", \"action\": \"reinstate\", \"reason\": \"r\"}")]
    [InlineData("{\"credentialId\": \"urn:x\", ")]
    [InlineData("[]")]
    public async Task Change_MalformedBody_Is400(string body)
    {
        (await Api.PostAsync(_client, "/credentials/status", body)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Change_TenMebibyteBody_Is413()
    {
        var body = "{\"credentialId\": \"" + new string('a', 10 * 1024 * 1024) + "\"}";

        (await Api.PostAsync(_client, "/credentials/status", body)).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task GetList_ServesTheSignedListWithCachingHeaders_And304WhileUnchanged()
    {
        var (id, jwt) = await IssueAsync();
        var url = RevocationListPath(jwt);

        var first = await _client.GetAsync(url);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.Should().Be("application/vc+jwt");
        first.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromSeconds(300));
        first.Headers.CacheControl.Public.Should().BeTrue();
        var etag = first.Headers.ETag!;
        var list = TestCredentials.Payload(await first.Content.ReadAsStringAsync());
        list["type"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Contain("BitstringStatusListCredential");
        list["credentialSubject"]!["statusPurpose"]!.GetValue<string>().Should().Be("revocation");

        (await ConditionalGetAsync(url, etag)).StatusCode.Should().Be(HttpStatusCode.NotModified);
        await ChangeAsync(id, "revoke");
        var changed = await ConditionalGetAsync(url, etag);
        changed.StatusCode.Should().Be(HttpStatusCode.OK, "the list's bits changed");
        changed.Headers.ETag!.Tag.Should().NotBe(etag.Tag);
    }

    [Theory]
    [InlineData("/status/999999")]
    [InlineData("/status/abc")]
    [InlineData("/status/-1")]
    [InlineData("/status/99999999999999999999999")]
    public async Task GetList_UnknownOrMalformedId_Is404(string path)
    {
        await ShouldBeProblemAsync(await _client.GetAsync(path), HttpStatusCode.NotFound, "There is no such status list of this issuer.");
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await Bodies.ReadObjectAsync(response);
        body["detail"]!.GetValue<string>().Should().Be(detail);
        body["status"]!.GetValue<int>().Should().Be((int)status);
    }

    private static JsonObject Change(string id, string action) => new() { ["credentialId"] = id, ["action"] = action, ["reason"] = "test: " + action };

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

    private Task<HttpResponseMessage> ChangeAsync(string id, string action) => Api.PostAsync(_client, "/credentials/status", Change(id, action));

    private async Task<HttpResponseMessage> ConditionalGetAsync(string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await _client.SendAsync(request);
    }
}
