using System.Net;
using System.Text.Json.Nodes;
using Credentials.Model.Registry;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.Issuance;

public sealed class IssueOptionsTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("di-rdfc", "eddsa-rdfc-2022")]
    [InlineData("eddsa-jcs-2022", "eddsa-jcs-2022")]
    public async Task Issue_DataIntegrityFormat_ReturnsASecuredObjectThatVerifies(string format, string cryptosuite)
    {
        var body = await Api.IssueSampleAsync(_client, new JsonObject { ["format"] = format });

        var credential = body["verifiableCredential"]!.AsObject();
        credential["proof"]!["cryptosuite"]!.GetValue<string>().Should().Be(cryptosuite);
        var (status, report) = await Api.VerifyAsync(_client, credential);
        status.Should().Be(HttpStatusCode.OK, report.ToJsonString());
        report["envelope"]!.GetValue<string>().Should().Be("data-integrity");
    }

    [Fact]
    public async Task Issue_WithCredentialStatus_AddsBothEntriesAndRecordsTheCredential()
    {
        var body = await Api.IssueSampleAsync(_client, new JsonObject { ["credentialStatus"] = new JsonObject { ["type"] = "BitstringStatusListEntry" } });

        var payload = TestCredentials.Payload(body["verifiableCredential"]!.GetValue<string>());
        var entries = payload["vc"]!["credentialStatus"]!.AsArray();
        entries.Select(e => e!["statusPurpose"]!.GetValue<string>()).Should().BeEquivalentTo("revocation", "suspension");
        entries.Should().OnlyContain(e => e!["statusListCredential"]!.GetValue<string>().StartsWith("http://localhost:5000/status/", StringComparison.Ordinal));
        var record = await factory.Services.GetRequiredService<ICredentialStore>().GetAsync(payload["jti"]!.GetValue<string>());
        record.Should().NotBeNull();
        record!.StatusAllocations.Should().HaveCount(2);
        var (status, report) = await Api.VerifyAsync(_client, body["verifiableCredential"]!);
        status.Should().Be(HttpStatusCode.OK);
        Api.Codes(report).Should().Contain("status.active");
    }

    [Fact]
    public async Task Issue_SameCredentialIdTwice_SecondIs409AndNothingChanges()
    {
        var options = new JsonObject { ["credentialId"] = "urn:uuid:0b6f6a7e-0000-4000-8000-00000000c0de" };
        await Api.IssueSampleAsync(_client, options);

        var input = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.ValidFolder, "northern-university-aijala.input.json")))!;
        var again = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = input, ["options"] = options.DeepClone() });

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Issue_PlainVcdm2Credential_IsSignedAsOurIssuerAndVerifies()
    {
        var credential = PlainCredential();

        var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = credential, ["options"] = new JsonObject { ["format"] = "eddsa-rdfc-2022" } });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var signed = (await Bodies.ReadObjectAsync(response))["verifiableCredential"]!.AsObject();
        signed["issuer"]!.GetValue<string>().Should().Be(TestKeys.Northern.Did);
        signed["id"]!.GetValue<string>().Should().StartWith("urn:uuid:");
        var (status, report) = await Api.VerifyAsync(_client, signed);
        Api.Codes(report).Should().Contain("proof.valid");
        report["errors"]!.AsArray().Should().BeEmpty(report.ToJsonString());
    }

    [Fact]
    public async Task Issue_PlainCredentialAsJwt_IsAVcJoseToken()
    {
        var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = PlainCredential() });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var jwt = (await Bodies.ReadObjectAsync(response))["verifiableCredential"]!.GetValue<string>();
        TestCredentials.Header(jwt)["typ"]!.GetValue<string>().Should().Be("vc+jwt");
    }

    [Fact]
    public async Task Issue_PlainCredentialOfAnotherIssuer_Is422AndNothingIsRecorded()
    {
        var credential = PlainCredential();
        credential["issuer"] = "did:web:someone-else.example";
        credential["id"] = "urn:uuid:0b6f6a7e-0000-4000-8000-0000000000aa";

        var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = credential });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Should().Contain("/credential/issuer");
        (await factory.Services.GetRequiredService<ICredentialStore>().GetAsync("urn:uuid:0b6f6a7e-0000-4000-8000-0000000000aa")).Should().BeNull();
    }

    [Fact]
    public async Task Issue_PlainCredentialWithAnUndefinedTerm_Is422ForRdfcAndNothingIsRecorded()
    {
        // VCDM 1.1 has no @vocab, so a term its context does not define would silently vanish from the signed RDF.
        var credential = PlainCredential();
        credential["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1");
        credential["type"] = new JsonArray("VerifiableCredential");
        credential["credentialSubject"]!["undefinedTerm"] = "would be dropped from the signed data";
        credential["id"] = "urn:uuid:0b6f6a7e-0000-4000-8000-0000000000bb";

        var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = credential, ["options"] = new JsonObject { ["format"] = "di-rdfc" } });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Should().Contain("undefinedTerm");
        (await factory.Services.GetRequiredService<ICredentialStore>().GetAsync("urn:uuid:0b6f6a7e-0000-4000-8000-0000000000bb")).Should().BeNull();
    }

    [Theory]
    [InlineData("{\"credential\": {}, \"options\": {\"format\": \"ldp\"}}")]
    [InlineData("{\"credential\": {}, \"options\": {\"format\": 3}}")]
    [InlineData("{\"credential\": {}, \"options\": {\"credentialStatus\": {\"type\": \"StatusList2021Entry\"}}}")]
    [InlineData("{\"credential\": {}, \"options\": {\"credentialId\": \"not a uri\"}}")]
    [InlineData("{\"credential\": {}, \"options\": {\"proofPurpose\": \"assertionMethod\"}}")]
    [InlineData("{\"credential\": {}, \"options\": []}")]
    [InlineData("{\"credential\": {}, \"extra\": 1}")]
    [InlineData("{\"credential\": {}, \"options\": {\"format\": \"jwt\", \"format\": \"di-jcs\"}}")]
    public async Task Issue_BadOptions_Returns400(string body)
    {
        var response = await Api.PostAsync(_client, "/credentials/issue", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Issue_KeyCreatedInTheRegistry_IsAccepted_AndRefusedOnceRevoked()
    {
        var keys = factory.Services.GetRequiredService<Storage.RegistryStorage>().ApiKeys;
        var secret = "cred_registry-test-key-" + Guid.NewGuid().ToString("N");
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));
        await keys.CreateAsync(new ApiKeyRecord("key-web-test", "tests", TestKeys.Northern.Did, DateTimeOffset.UtcNow, null), hash);
        var body = new JsonObject { ["credential"] = PlainCredential() };

        (await Api.PostAsync(_client, "/credentials/issue", body, secret)).StatusCode.Should().Be(HttpStatusCode.Created);
        await keys.RevokeAsync("key-web-test");
        (await Api.PostAsync(_client, "/credentials/issue", body, secret)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Issue_KeyOfAnotherIssuer_IsRefused()
    {
        var keys = factory.Services.GetRequiredService<Storage.RegistryStorage>().ApiKeys;
        var secret = "cred_other-issuer-" + Guid.NewGuid().ToString("N");
        await keys.CreateAsync(
            new ApiKeyRecord("key-other-issuer", "tests", "did:web:other.example", DateTimeOffset.UtcNow, null),
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

        var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = PlainCredential() }, secret);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
    }

    private static JsonObject PlainCredential() => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"),
        ["type"] = new JsonArray("VerifiableCredential", "ExampleAlumniCredential"),
        ["credentialSubject"] = new JsonObject { ["id"] = "did:example:learner", ["alumniOf"] = "Northern University of Technology" },
    };
}
