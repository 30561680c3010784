using System.Net;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Keys;
using Credentials.Proofs.Presentations;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Verification;

public sealed class PresentationEndpointTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Challenge = "c0ffee-2026-11-30";
    private const string Domain = "https://employer.example";
    private readonly HttpClient _client = factory.CreateClient();
    // The sample learner's TEST-ONLY key: the sample credential was issued to its did:key. Shared, so not disposed here.
    private readonly SigningKey _holderKey = TestKeys.Learner;

    [Fact]
    public async Task DataIntegrityPresentationOfTheSample_WithTheRightChallengeAndDomain_Is200()
    {
        var presentation = await SignedDiAsync(Challenge, Domain);

        var response = await VerifyAsync(presentation, Challenge, Domain);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await Bodies.ReadObjectAsync(response);
        report["holder"]!.GetValue<string>().Should().Be(Holder.Did);
        report["credentials"]!.AsArray().Should().ContainSingle().Which!["verified"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task VpJwt_IsVerified()
    {
        var vp = PresentationBuilder.Build([Bodies.ValidJwt()], Holder.Did, PresentationVersion.DataModel11);
        var token = PresentationSigner.SignJwt(vp, _holderKey, Holder.KeyId, Challenge, Domain, TimeProvider.System);

        var response = await VerifyAsync(JsonValue.Create(token), Challenge, Domain);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Bodies.ReadObjectAsync(response))["envelope"]!.GetValue<string>().Should().Be("vp-jwt");
    }

    [Theory]
    [InlineData("another-challenge", Domain)]
    [InlineData(Challenge, "https://someone-else.example")]
    public async Task WrongChallengeOrDomain_Is422(string challenge, string domain)
    {
        var presentation = await SignedDiAsync(Challenge, Domain);

        var response = await VerifyAsync(presentation, challenge, domain);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Bodies.ReadObjectAsync(response))["verified"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task TamperedEmbeddedCredential_Is422NamingTheCredential()
    {
        var presentation = await SignedDiAsync(Challenge, Domain);
        var jwt = presentation["verifiableCredential"]![0]!.GetValue<string>();
        presentation["verifiableCredential"]![0] = jwt[..^4] + (jwt[^4] == 'A' ? 'B' : 'A') + jwt[^3..];

        var response = await VerifyAsync(presentation, Challenge, Domain);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("{\"verifiablePresentation\": {}}")]
    [InlineData("{\"verifiablePresentation\": {}, \"options\": {}}")]
    [InlineData("{\"verifiablePresentation\": {}, \"options\": {\"challenge\": \"\"}}")]
    [InlineData("{\"verifiablePresentation\": {}, \"options\": {\"challenge\": \"c\", \"domain\": 5}}")]
    [InlineData("{\"verifiablePresentation\": {}, \"options\": {\"challenge\": \"c\", \"unknown\": 1}}")]
    [InlineData("{\"verifiablePresentation\": 5, \"options\": {\"challenge\": \"c\"}}")]
    [InlineData("{\"verifiablePresentation\": {}, \"verifiablePresentation\": {}, \"options\": {\"challenge\": \"c\"}}")]
    [InlineData("{\"verifiablePresentation\": ")]
    [InlineData("[]")]
    public async Task MalformedRequest_Is400(string body)
    {
        var response = await _client.PostAsync("/presentations/verify", Bodies.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TenMebibyteBody_Is413()
    {
        var response = await _client.PostAsync("/presentations/verify", Bodies.Json("{\"verifiablePresentation\": \"" + new string('a', 10 * 1024 * 1024) + "\"}"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task TextPlain_Is415()
    {
        var response = await _client.PostAsync("/presentations/verify", new StringContent("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task JadesSealedPresentation_IsReadAsOneOnBothEndpoints()
    {
        using var certificate = Proofs.Jades.TestSealCertificate.Create("Northern University of Technology", "VATFI-12345671", "FI", TimeProvider.System);
        using var key = Proofs.Jades.JadesSigningKey.FromCertificate(certificate);
        var vp = PresentationBuilder.Build([Bodies.ValidJwt()], Holder.Did, PresentationVersion.DataModel11);
        var sealedVp = JsonNode.Parse(new Proofs.Jades.JadesSealer(TimeProvider.System).Seal(vp.ToJsonString(), key))!;

        var presented = await VerifyAsync(sealedVp, Challenge, Domain);
        var asCredential = await _client.PostAsync("/credentials/verify", Bodies.Json(new JsonObject { ["verifiableCredential"] = sealedVp.DeepClone() }));

        presented.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, await presented.Content.ReadAsStringAsync());
        var report = await Bodies.ReadObjectAsync(presented);
        report["envelope"]!.GetValue<string>().Should().Be("jades");
        report["credentials"]!.AsArray().Should().ContainSingle().Which!["verified"]!.GetValue<bool>().Should().BeTrue();
        report["warnings"]!.AsArray().Select(w => w!["code"]!.GetValue<string>()).Should().Contain(["presentation.seal-no-challenge", "trust.no-anchor"]);
        report["results"]!.AsArray().Should().Contain(r => r!["code"]!.GetValue<string>() == "presentation.holder-sealed" && r["outcome"]!.GetValue<string>() == "skipped");
        asCredential.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var credentialReport = await Bodies.ReadObjectAsync(asCredential);
        credentialReport["errors"]!.AsArray().Should().Contain(e => e!["code"]!.GetValue<string>() == "format.not-a-credential" && e["message"]!.GetValue<string>().Contains("is a presentation", StringComparison.Ordinal));
    }

    private IssuerKey Holder => KeyDirectory.Identify(_holderKey, null);

    private Task<JsonObject> SignedDiAsync(string challenge, string domain)
    {
        var vp = PresentationBuilder.Build([Bodies.ValidJwt()], Holder.Did, PresentationVersion.DataModel11);
        return PresentationSigner.SignDataIntegrityAsync(vp, _holderKey, Holder.KeyId, Cryptosuites.EddsaJcs2022, challenge, domain, TimeProvider.System);
    }

    private Task<HttpResponseMessage> VerifyAsync(JsonNode presentation, string challenge, string domain) =>
        _client.PostAsync("/presentations/verify", Bodies.Json(new JsonObject
        {
            ["verifiablePresentation"] = presentation.DeepClone(),
            ["options"] = new JsonObject { ["challenge"] = challenge, ["domain"] = domain },
        }));
}
