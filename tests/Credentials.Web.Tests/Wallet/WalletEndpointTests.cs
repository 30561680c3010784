using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Credentials.Issuer.Wallet;
using Credentials.Model.Registry;
using Credentials.Proofs.SdJwt;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.Wallet;

/// <summary>The SD-JWT VC as the service issues, publishes and verifies it (issue 20).</summary>
public sealed partial class WalletEndpointTests : IClassFixture<WebFactory>
{
    private const string Domain = "verifier.example";
    private readonly WebFactory _factory;
    private readonly HttpClient _client;

    public WalletEndpointTests(WebFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Vct_Get_ServesTypeMetadataWithLabelsInThreeLanguages()
    {
        var response = await _client.GetAsync(WalletUrls.VctPath);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var metadata = await Bodies.ReadObjectAsync(response);
        metadata["vct"]!.GetValue<string>().Should().Be("http://localhost:5000" + WalletUrls.VctPath);
        metadata["display"]!.AsArray().Select(d => d!["lang"]!.GetValue<string>()).Should().Equal("fi", "sv", "en");
        var grade = metadata["claims"]!.AsArray().Single(c => c!["path"]![0]!.GetValue<string>() == "grade")!;
        grade["sd"]!.GetValue<string>().Should().Be("always");
        grade["display"]![0]!["label"]!.GetValue<string>().Should().Be("Arvosana");
    }

    [Fact]
    public async Task JwtVcIssuer_Get_PublishesThePublicIssuerKeyWithItsKid()
    {
        var metadata = await Bodies.ReadObjectAsync(await _client.GetAsync("/.well-known/jwt-vc-issuer"));

        var key = metadata["jwks"]!["keys"]![0]!;
        key["kid"]!.GetValue<string>().Should().Be(TestKeys.Northern.KeyId);
        key["x"]!.GetValue<string>().Should().Be(TestKeys.Northern.Key.PublicJwk.X);
        metadata.ToJsonString().Should().NotContain("\"d\"");
    }

    [Fact]
    public async Task Verify_PresentationWithKeyBindingForTheChallenge_IsVerifiedUntilRevoked()
    {
        var (id, issued) = await IssueWalletCredentialAsync();
        var presented = SdJwtPresenter.Present(issued, ["given_name", "family_name"], TestKeys.Learner, Domain, "challenge-1", DateTimeOffset.UtcNow);

        var (status, report) = await VerifyAsync(presented, "challenge-1");

        status.Should().Be(HttpStatusCode.OK, report.ToJsonString());
        Api.Codes(report).Should().Contain(["status.active", "proof.key-binding-valid"]);
        report["disclosure"]!["disclosed"]!.AsArray().Select(d => d!["path"]!.GetValue<string>()).Should().BeEquivalentTo("/given_name", "/family_name");
        report["disclosure"]!["withheld"]!.GetValue<int>().Should().Be(6);

        (await Api.PostAsync(_client, "/credentials/status", new JsonObject { ["credentialId"] = id, ["action"] = "suspend", ["reason"] = "test" })).StatusCode.Should().Be(HttpStatusCode.OK);
        Api.Codes((await VerifyAsync(presented, "challenge-1")).Report).Should().Contain("status.suspended");
        (await Api.PostAsync(_client, "/credentials/status", new JsonObject { ["credentialId"] = id, ["action"] = "revoke", ["reason"] = "test" })).StatusCode.Should().Be(HttpStatusCode.OK);
        Api.Codes((await VerifyAsync(presented, "challenge-1")).Report).Should().Contain("status.revoked");
    }

    [Fact]
    public async Task Verify_AnotherChallenge_ReportsNonceMismatch()
    {
        var (_, issued) = await IssueWalletCredentialAsync();
        var presented = SdJwtPresenter.Present(issued, ["given_name"], TestKeys.Learner, Domain, "challenge-1", DateTimeOffset.UtcNow);

        var (status, report) = await VerifyAsync(presented, "challenge-2");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        Api.Codes(report).Should().Contain("proof.key-binding-nonce-mismatch");
    }

    [Fact]
    public async Task Verify_ChallengeWithoutDomain_IsUnreadable()
    {
        var response = await _client.PostAsync("/credentials/verify", Bodies.Json(new JsonObject { ["verifiableCredential"] = "x", ["options"] = new JsonObject { ["challenge"] = "c" } }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TokenStatus_Get_ServesAStatusListJwtForTheRevocationList()
    {
        var (_, issued) = await IssueWalletCredentialAsync();
        var uri = TestCredentials.Payload(issued.Split('~')[0])["status"]!["status_list"]!["uri"]!.GetValue<string>();

        var response = await _client.GetAsync(new Uri(uri).AbsolutePath);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/statuslist+jwt");
        var token = await response.Content.ReadAsStringAsync();
        TestCredentials.Header(token)["typ"]!.GetValue<string>().Should().Be("statuslist+jwt");
        var payload = TestCredentials.Payload(token);
        payload["sub"]!.GetValue<string>().Should().Be(uri);
        payload["status_list"]!["bits"]!.GetValue<int>().Should().Be(2);
        payload["ttl"]!.GetValue<long>().Should().BePositive();
        payload["exp"]!.GetValue<long>().Should().BeGreaterThan(payload["iat"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("/token-status/abc")]
    [InlineData("/token-status/999999")]
    public async Task TokenStatus_UnknownList_Is404(string path)
    {
        (await _client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("fi", "Etunimi", "tietoa jätetty paljastamatta", "Opintopisteet (ECTS)", "ei ilmoitettu")]
    [InlineData("sv", "Förnamn", "uppgifter undanhållna", "Studiepoäng (ECTS)", "inte angivet")]
    [InlineData("en", "Given name", "claims withheld", "Credits (ECTS)", "not stated")]
    public async Task Page_SdJwtPresentation_ShowsDisclosedClaimsAndHowManyWereWithheld(string language, string label, string withheld, string ects, string notStated)
    {
        var (_, issued) = await IssueWalletCredentialAsync();
        var presented = SdJwtPresenter.Present(issued, ["given_name"], TestKeys.Learner, Domain, "page", DateTimeOffset.UtcNow);
        using var form = new MultipartFormDataContent { { new StringContent(language), "lang" }, { new StringContent(presented), "credential" } };

        var html = await (await _client.PostAsync("/?lang=" + language, form)).Content.ReadAsStringAsync();

        html.Should().Contain("data-verdict=\"verified\"");
        html.Should().Contain("<dt>" + label + "</dt><dd data-claim=\"given_name\">Siiri</dd>");
        html.Should().Contain("data-withheld=\"7\"").And.Contain("7 " + withheld);
        html.Should().NotContain("Äijälä", "the family name was not disclosed");
        html.Should().Contain("<dt>" + ects + "</dt><dd data-claim=\"ects\">5</dd>", "the claims the issuer shows to everyone are shown too");
        html.Should().NotContain(notStated, "an SD-JWT VC is not read as an ELM document with empty fields");
    }

    [Fact]
    public async Task PresentationPage_SdJwtBoundToTheChallenge_IsVerifiedOnceAndShowsTheDisclosures()
    {
        var (_, issued) = await IssueWalletCredentialAsync();
        var challenge = ChallengeCode().Match(await _client.GetStringAsync("/presentation?lang=en")).Groups[1].Value;
        var presented = SdJwtPresenter.Present(issued, ["grade"], TestKeys.Learner, "localhost", challenge, DateTimeOffset.UtcNow);

        var first = await PostPresentationAsync(challenge, presented);
        var again = await PostPresentationAsync(challenge, presented);

        first.Status.Should().Be(HttpStatusCode.OK);
        first.Html.Should().Contain("data-verdict=\"verified\"").And.Contain("<dt>Grade</dt><dd data-claim=\"grade\">5 (excellent)</dd>").And.Contain("proof.key-binding-valid");
        again.Status.Should().Be(HttpStatusCode.BadRequest);
        again.Html.Should().Contain("This challenge has already been used.");
    }

    [Fact]
    public async Task PresentationPage_SdJwtBoundToAnotherChallenge_IsNotVerified()
    {
        var (_, issued) = await IssueWalletCredentialAsync();
        var challenge = ChallengeCode().Match(await _client.GetStringAsync("/presentation?lang=en")).Groups[1].Value;
        var presented = SdJwtPresenter.Present(issued, ["grade"], TestKeys.Learner, "localhost", "an-old-challenge", DateTimeOffset.UtcNow);

        var (status, html) = await PostPresentationAsync(challenge, presented);

        status.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("class=\"ribbon not-verified\"").And.Contain("proof.key-binding-nonce-mismatch");
    }

    private async Task<(HttpStatusCode Status, string Html)> PostPresentationAsync(string challenge, string presentation)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("en"), "lang" },
            { new StringContent(challenge), "challenge" },
            { new StringContent(presentation), "presentation" },
        };
        var response = await _client.PostAsync("/presentation", form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<code class=\"challenge\" id=\"challenge\">([A-Za-z0-9_.-]+)</code>")]
    private static partial Regex ChallengeCode();

    private async Task<(string Id, string Compact)> IssueWalletCredentialAsync()
    {
        var body = await Api.IssueSampleAsync(_client, new JsonObject { ["credentialStatus"] = new JsonObject { ["type"] = "BitstringStatusListEntry" } });
        var id = TestCredentials.Payload(body["verifiableCredential"]!.GetValue<string>())["jti"]!.GetValue<string>();
        var record = await _factory.Services.GetRequiredService<ICredentialStore>().GetAsync(id);
        var issuer = _factory.Services.GetRequiredService<IWalletCredentialIssuer>();
        var issued = await issuer.IssueAsync(new WalletIssueRequest(id, record!.Issuer, TestCredentials.Elm(TestKit.Samples.Northern, TestKeys.Northern, id), record.StatusAllocations, TestKeys.Learner.PublicJwk.ToJson()));
        return (id, issued.Compact);
    }

    private async Task<(HttpStatusCode Status, JsonObject Report)> VerifyAsync(string presented, string challenge)
    {
        var response = await _client.PostAsync("/credentials/verify", Bodies.Json(new JsonObject
        {
            ["verifiableCredential"] = presented,
            ["options"] = new JsonObject { ["challenge"] = challenge, ["domain"] = Domain },
        }));
        return (response.StatusCode, await Bodies.ReadObjectAsync(response));
    }
}
