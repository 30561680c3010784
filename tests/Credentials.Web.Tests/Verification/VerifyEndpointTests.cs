using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Verification;

public sealed class VerifyEndpointTests : IClassFixture<WebFactory>
{
    private readonly HttpClient _client;

    public VerifyEndpointTests(WebFactory factory) => _client = factory.CreateClient();

    public static TheoryData<string> ValidSamples => new(Samples.SignedValid.Select(Path.GetFileName)!);

    public static TheoryData<string> InvalidSampleFiles => new(Samples.Invalid.Select(Path.GetFileName)!);

    [Theory]
    [InlineData("2019-06-01T00:00:00Z", "verified")]
    [InlineData("2021-06-01T00:00:00Z", "expired")]
    public async Task Verify_AsOfADate_JudgesValidityThen(string asOf, string verdict)
    {
        var token = File.ReadAllText(Path.Combine(Samples.InvalidFolder, "validity-expired.jwt")).Trim();
        var body = new JsonObject { ["verifiableCredential"] = token, ["options"] = new JsonObject { ["asOf"] = asOf } };

        var report = await Bodies.ReadObjectAsync(await _client.PostAsync("/credentials/verify", Bodies.Json(body)));

        report["verdict"]!.GetValue<string>().Should().Be(verdict);
    }

    [Theory]
    [InlineData("2021-06-01")]
    [InlineData("yesterday")]
    public async Task Verify_AsOfThatIsNoDateTimeStamp_Is400(string asOf)
    {
        var body = new JsonObject { ["verifiableCredential"] = Bodies.ValidJwt(), ["options"] = new JsonObject { ["asOf"] = asOf } };

        var response = await _client.PostAsync("/credentials/verify", Bodies.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Verify_GenuineTokenWrappedByAnEmail_IsVerifiedAndSaysWhatWasCleaned()
    {
        var token = Bodies.ValidJwt();
        var wrapped = string.Join("\r\n", Enumerable.Range(0, (token.Length + 75) / 76).Select(i => token.Substring(i * 76, Math.Min(76, token.Length - (i * 76)))));
        var body = new JsonObject { ["verifiableCredential"] = "\"" + wrapped + "\"" };

        var response = await _client.PostAsync("/credentials/verify", Bodies.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await Bodies.ReadObjectAsync(response);
        report["verified"]!.GetValue<bool>().Should().BeTrue();
        report["verdict"]!.GetValue<string>().Should().Be("verified");
        report["summary"]!.GetValue<string>().Should().StartWith("Verified: issued by");
        report["cleaned"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(n => n.Contains("line breaks"));
    }

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public async Task Verify_ValidSampleAsJwtString_Returns200Verified(string file)
    {
        var body = new JsonObject { ["verifiableCredential"] = Bodies.ValidJwt(file) };

        var response = await _client.PostAsync("/credentials/verify", Bodies.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await Bodies.ReadObjectAsync(response);
        report["verified"]!.GetValue<bool>().Should().BeTrue();
        report["errors"]!.AsArray().Should().BeEmpty();
        report["checks"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Contain(["format", "proof", "issuer", "trust"]);
    }

    [Theory]
    [MemberData(nameof(InvalidSampleFiles))]
    public async Task Verify_InvalidSampleAsRawBody_Returns422NamingTheFailingCheck(string file)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Samples.InvalidFolder, file));

        var response = await _client.PostAsync("/credentials/verify", Bodies.Raw(bytes, "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var report = await Bodies.ReadObjectAsync(response);
        report["verified"]!.GetValue<bool>().Should().BeFalse();
        report["errors"]!.AsArray().Select(e => e!["check"]!.GetValue<string>()).Should().Contain(InvalidSamples.CheckOf(file));
    }

    [Fact]
    public async Task Verify_RawJwtWithApplicationJwt_Returns200()
    {
        var response = await _client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes(Bodies.ValidJwt()), "application/jwt"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Verify_CredentialAsJsonObject_IsVerifiedFromItsOwnBytes()
    {
        var unsigned = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Samples.InvalidFolder, "proof-missing.jsonld")))!;
        var body = new JsonObject { ["verifiableCredential"] = unsigned };

        var response = await _client.PostAsync("/credentials/verify", Bodies.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var report = await Bodies.ReadObjectAsync(response);
        report["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).Should().Contain("proof.missing");
        report["credential"].Should().NotBeNull();
    }

    [Fact]
    public async Task Verify_OptionsChecksNamesOnlyProof_SkipsTheOthers()
    {
        var body = new JsonObject
        {
            ["verifiableCredential"] = Bodies.ValidJwt(),
            ["options"] = new JsonObject { ["checks"] = new JsonArray("proof") },
        };

        var response = await _client.PostAsync("/credentials/verify", Bodies.Json(body));

        var report = await Bodies.ReadObjectAsync(response);
        var outcomes = report["results"]!.AsArray().ToDictionary(r => r!["check"]!.GetValue<string>(), r => r!["outcome"]!.GetValue<string>());
        outcomes["proof"].Should().Be("passed");
        outcomes["trust"].Should().Be("skipped");
        outcomes["validity"].Should().Be("skipped");
    }

    [Theory]
    [InlineData("{\"verifiableCredential\": ")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"verifiableCredential\": 42}")]
    [InlineData("{\"verifiableCredential\": \"a.b.c\", \"verifiableCredential\": \"x\"}")]
    [InlineData("{\"verifiableCredential\": \"a.b.c\", \"options\": {\"checks\": [\"everything\"]}}")]
    [InlineData("{\"verifiableCredential\": \"a.b.c\", \"options\": {\"checks\": \"proof\"}}")]
    [InlineData("{\"verifiableCredential\": \"a.b.c\", \"options\": 7}")]
    public async Task Verify_UnreadableJsonBody_Returns400ProblemDetails(string body)
    {
        var response = await _client.PostAsync("/credentials/verify", Bodies.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("a.b.c", "problem details never echo the input");
    }

    [Fact]
    public async Task Verify_DeeplyNestedJson_Returns400()
    {
        var body = "{\"verifiableCredential\": " + new string('[', 5000) + new string(']', 5000) + "}";

        var response = await _client.PostAsync("/credentials/verify", Bodies.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Verify_TenMebibyteBody_Returns413()
    {
        var bytes = new byte[10 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');

        var response = await _client.PostAsync("/credentials/verify", Bodies.Raw(bytes, "application/jwt"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Verify_BodyJustOverTheLimitWithoutContentLength_Returns413()
    {
        var content = new StreamContent(new MemoryStream(new byte[(2 * 1024 * 1024) + 1]));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/jwt");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/credentials/verify") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("image/png")]
    public async Task Verify_WrongContentType_Returns415(string mediaType)
    {
        var response = await _client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes(Bodies.ValidJwt()), mediaType));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Verify_NoContentType_Returns415()
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(Bodies.ValidJwt()));

        var response = await _client.PostAsync("/credentials/verify", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Verify_JsonLdMediaType_IsReadAsARequestBody()
    {
        var body = new JsonObject { ["verifiableCredential"] = Bodies.ValidJwt() }.ToJsonString();

        var response = await _client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.UTF8.GetBytes(body), "application/ld+json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Verify_TruncatedJwt_Returns422WithFormatError()
    {
        var jwt = Bodies.ValidJwt();

        var response = await _client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes(jwt[..(jwt.Length / 2)]), "application/jwt"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var report = await Bodies.ReadObjectAsync(response);
        report["verified"]!.GetValue<bool>().Should().BeFalse();
        report["errors"]!.AsArray().Should().NotBeEmpty();
    }
}
