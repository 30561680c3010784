using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Wallet;

public sealed class WalletIssuanceTests : IDisposable
{
    private readonly WebFactory _factory = new();
    private readonly HttpClient _client;
    private readonly TestWallet _wallet;

    public WalletIssuanceTests()
    {
        _client = _factory.CreateClient();
        _wallet = new TestWallet(_client);
    }

    [Fact]
    public async Task Metadata_NamesTheEndpointsTheSdJwtVcConfigurationAndThePreAuthorizedGrant()
    {
        var issuer = await Bodies.ReadObjectAsync(await _client.GetAsync("/.well-known/openid-credential-issuer"));
        var server = await Bodies.ReadObjectAsync(await _client.GetAsync("/.well-known/oauth-authorization-server"));

        issuer["credential_issuer"]!.GetValue<string>().Should().Be(TestWallet.Issuer);
        issuer["credential_endpoint"]!.GetValue<string>().Should().Be(TestWallet.Issuer + "/openid4vci/credential");
        issuer["nonce_endpoint"]!.GetValue<string>().Should().Be(TestWallet.Issuer + "/openid4vci/nonce");
        var configuration = issuer["credential_configurations_supported"]!["micro-credential-sd-jwt"]!;
        configuration["format"]!.GetValue<string>().Should().Be("dc+sd-jwt");
        configuration["vct"]!.GetValue<string>().Should().Be(TestWallet.Issuer + "/credentials/types/micro-credential");
        configuration["cryptographic_binding_methods_supported"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("jwk");
        configuration["proof_types_supported"]!["jwt"]!["proof_signing_alg_values_supported"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("ES256", "EdDSA");
        configuration["credential_metadata"]!["display"]!.AsArray().Select(d => d!["locale"]!.GetValue<string>()).Should().Equal("fi", "sv", "en");
        server["token_endpoint"]!.GetValue<string>().Should().Be(TestWallet.Issuer + "/openid4vci/token");
        server["pre-authorized_grant_anonymous_access_supported"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task PreAuthorizedFlow_IssuesAnSdJwtVcBoundToTheProvedKey()
    {
        var offer = await _wallet.OfferAsync();
        var token = await _wallet.AccessTokenAsync(offer);
        var nonce = await _wallet.NonceAsync();

        var response = await _wallet.CredentialAsync(token, TestWallet.Request(_wallet.Proof(nonce)).ToJsonString());

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var compact = (await Bodies.ReadObjectAsync(response))["credentials"]![0]!["credential"]!.GetValue<string>();
        compact.Should().EndWith("~");
        var jwt = compact.Split('~')[0].Split('.');
        JsonNode.Parse(Base64Url.DecodeFromChars(jwt[0]))!["typ"]!.GetValue<string>().Should().Be("dc+sd-jwt");
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(jwt[1]))!;
        JsonNode.DeepEquals(payload["cnf"]!["jwk"], _wallet.PublicJwk).Should().BeTrue();
        offer["qrCode"]!.GetValue<string>().Should().StartWith("data:image/png;base64,iVBORw0KGgo");
    }

    [Fact]
    public async Task Offer_UnknownRevokedOrAnonymous_IsRefusedAndARevokedOffersCredentialIsDenied()
    {
        var issued = await Api.IssueSampleAsync(_client);
        var id = issued["shareLink"]!["credentialId"]!.GetValue<string>();
        var offered = await Bodies.ReadObjectAsync(await Api.PostAsync(_client, $"/credentials/{Uri.EscapeDataString(id)}/offers", "{}"));
        var token = await _wallet.AccessTokenAsync(offered);
        await Api.PostAsync(_client, "/credentials/status", new JsonObject { ["credentialId"] = id, ["action"] = "revoke", ["reason"] = "test" });

        var unknown = await Api.PostAsync(_client, "/credentials/urn:uuid:no-such/offers", "{}");
        var anonymous = await Api.PostAsync(_client, $"/credentials/{Uri.EscapeDataString(id)}/offers", "{}", apiKey: null);
        var revoked = await Api.PostAsync(_client, $"/credentials/{Uri.EscapeDataString(id)}/offers", "{}");
        var denied = await _wallet.CredentialAsync(token, TestWallet.Request(_wallet.Proof(await _wallet.NonceAsync())).ToJsonString());

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        revoked.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Bodies.ReadObjectAsync(denied))["error"]!.GetValue<string>().Should().Be("credential_request_denied");
    }

    [Fact]
    public async Task Token_SameCodeTwice_SecondIsInvalidGrant()
    {
        var offer = await _wallet.OfferAsync();
        await _wallet.AccessTokenAsync(offer);

        var again = await _wallet.TokenAsync(TestWallet.Code(offer));

        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Bodies.ReadObjectAsync(again))["error"]!.GetValue<string>().Should().Be("invalid_grant");
    }

    [Fact]
    public async Task Token_OfferWithTxCode_AsksForItAndRefusesAWrongOne()
    {
        var offer = await _wallet.OfferAsync(txCode: true);
        var code = TestWallet.Code(offer);
        var txCode = offer["txCode"]!.GetValue<string>();
        TestWallet.OfferObject(offer)["grants"]!["urn:ietf:params:oauth:grant-type:pre-authorized_code"]!["tx_code"]!["length"]!.GetValue<int>().Should().Be(txCode.Length);

        var missing = await _wallet.TokenAsync(code);
        var wrong = await _wallet.TokenAsync(code, txCode == "000000" ? "111111" : "000000");
        var right = await _wallet.TokenAsync(code, txCode);

        (await Bodies.ReadObjectAsync(missing))["error"]!.GetValue<string>().Should().Be("invalid_request");
        (await Bodies.ReadObjectAsync(wrong))["error"]!.GetValue<string>().Should().Be("invalid_grant");
        right.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Credential_NonceOrAccessTokenUsedTwice_IsRefused()
    {
        var token = await _wallet.AccessTokenAsync(await _wallet.OfferAsync());
        var otherToken = await _wallet.AccessTokenAsync(await _wallet.OfferAsync());
        var proof = _wallet.Proof(await _wallet.NonceAsync());
        (await _wallet.CredentialAsync(token, TestWallet.Request(proof).ToJsonString())).StatusCode.Should().Be(HttpStatusCode.OK);

        var tokenAgain = await _wallet.CredentialAsync(token, TestWallet.Request(_wallet.Proof(await _wallet.NonceAsync())).ToJsonString());
        var nonceAgain = await _wallet.CredentialAsync(otherToken, TestWallet.Request(proof).ToJsonString());

        tokenAgain.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        tokenAgain.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
        nonceAgain.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Bodies.ReadObjectAsync(nonceAgain))["error"]!.GetValue<string>().Should().Be("invalid_nonce");
    }

    [Theory]
    [InlineData("typ", "JWT", "invalid_proof")]
    [InlineData("aud", "https://other.example", "invalid_proof")]
    [InlineData("iat", "old", "invalid_proof")]
    [InlineData("nonce", "unknown", "invalid_nonce")]
    [InlineData("nonce", null, "invalid_nonce")]
    [InlineData("alg", "HS256", "invalid_proof")]
    [InlineData("kid", "did:example:other#key-1", "invalid_proof")]
    [InlineData("configuration", "other", "unknown_credential_configuration")]
    public async Task Credential_BadProofOrRequest_GetsTheSpecificError(string field, string? value, string error)
    {
        var token = await _wallet.AccessTokenAsync(await _wallet.OfferAsync());
        var nonce = await _wallet.NonceAsync();
        var header = new JsonObject { ["typ"] = "openid4vci-proof+jwt", ["alg"] = "ES256", ["jwk"] = _wallet.PublicJwk };
        var claims = new JsonObject { ["aud"] = TestWallet.Issuer, ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["nonce"] = nonce };
        switch (field)
        {
            case "typ" or "alg" or "kid":
                header[field] = value;
                break;
            case "iat":
                claims["iat"] = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();
                break;
            case "configuration":
                break;
            default:
                claims[field] = value;
                break;
        }

        var request = TestWallet.Request(_wallet.Proof(nonce, header, claims));
        if (field == "configuration")
        {
            request["credential_configuration_id"] = value;
        }

        var response = await _wallet.CredentialAsync(token, request.ToJsonString());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Bodies.ReadObjectAsync(response))["error"]!.GetValue<string>().Should().Be(error);
    }

    [Fact]
    public async Task Endpoints_MutatedRequests_AreAlways4xxWithAnErrorCode()
    {
        var random = new Random(2026);
        var offer = await _wallet.OfferAsync();
        var code = TestWallet.Code(offer);
        var token = await _wallet.AccessTokenAsync(offer);
        var valid = TestWallet.Request(_wallet.Proof(await _wallet.NonceAsync())).ToJsonString();
        var form = $"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code&pre-authorized_code={code}";
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 150; i++)
        {
            var credential = await _wallet.CredentialAsync(token, Mutate(valid, random), i % 10 == 0 ? "text/plain" : "application/json");
            var tokenResponse = await _client.PostAsync("/openid4vci/token", Bodies.Raw(Encoding.UTF8.GetBytes(Mutate(form, random)), "application/x-www-form-urlencoded"));
            foreach (var response in new[] { credential, tokenResponse })
            {
                statuses.Add(response.StatusCode);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    (await Bodies.ReadObjectAsync(response))["error"]!.GetValue<string>().Should().NotBeNullOrEmpty();
                }
            }
        }

        statuses.Should().OnlyContain(s => (int)s == 200 || ((int)s >= 400 && (int)s < 500));
        statuses.Count(s => s != HttpStatusCode.OK).Should().BeGreaterThan(290, "almost every mutation breaks the request");
    }

    public void Dispose()
    {
        _wallet.Dispose();
        _client.Dispose();
        _factory.Dispose();
    }

    // One of: flip a character, cut the text, duplicate a slice, insert a hostile character.
    private static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length);
        return random.Next(4) switch
        {
            0 => text[..at] + (char)(text[at] ^ (1 << random.Next(7))) + text[(at + 1)..],
            1 => text[..at],
            2 => text[..at] + text[at..Math.Min(text.Length, at + random.Next(1, 20))] + text[at..],
            _ => text[..at] + new[] { "\\ud800", "\u0000", "%", "&", "\"", "~", "." }[random.Next(7)] + text[at..],
        };
    }
}
