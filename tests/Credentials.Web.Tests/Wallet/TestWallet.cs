using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Wallet;

/// <summary>A minimal wallet for the tests: a fresh P-256 key, the pre-authorized code flow's requests, and key proofs.</summary>
internal sealed class TestWallet(HttpClient client) : IDisposable
{
    public const string Issuer = "http://localhost:5000";

    public ECDsa Key { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public JsonObject PublicJwk
    {
        get
        {
            var p = Key.ExportParameters(false);
            return new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = Base64Url.EncodeToString(p.Q.X), ["y"] = Base64Url.EncodeToString(p.Q.Y) };
        }
    }

    /// <summary>Issues the sample credential and makes an offer of it; returns the offer response.</summary>
    public async Task<JsonObject> OfferAsync(bool txCode = false)
    {
        var issued = await Api.IssueSampleAsync(client);
        var id = issued["shareLink"]!["credentialId"]!.GetValue<string>();
        var response = await Api.PostAsync(client, $"/credentials/{Uri.EscapeDataString(id)}/offers", new JsonObject { ["txCode"] = txCode });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Bodies.ReadObjectAsync(response);
    }

    /// <summary>The credential offer object inside an offer URL.</summary>
    public static JsonObject OfferObject(JsonObject offer)
    {
        var url = offer["url"]!.GetValue<string>();
        url.Should().StartWith("openid-credential-offer://?credential_offer=");
        return JsonNode.Parse(Uri.UnescapeDataString(url["openid-credential-offer://?credential_offer=".Length..]))!.AsObject();
    }

    public static string Code(JsonObject offer) =>
        OfferObject(offer)["grants"]!["urn:ietf:params:oauth:grant-type:pre-authorized_code"]!["pre-authorized_code"]!.GetValue<string>();

    public Task<HttpResponseMessage> TokenAsync(string code, string? txCode = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "urn:ietf:params:oauth:grant-type:pre-authorized_code", ["pre-authorized_code"] = code };
        if (txCode is not null)
        {
            form["tx_code"] = txCode;
        }

        return client.PostAsync("/openid4vci/token", new FormUrlEncodedContent(form));
    }

    public async Task<string> AccessTokenAsync(JsonObject offer)
    {
        var response = await TokenAsync(Code(offer), offer["txCode"]?.GetValue<string>());
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Bodies.ReadObjectAsync(response))["access_token"]!.GetValue<string>();
    }

    public async Task<string> NonceAsync()
    {
        var response = await client.PostAsync("/openid4vci/nonce", null);
        return (await Bodies.ReadObjectAsync(response))["c_nonce"]!.GetValue<string>();
    }

    public string Proof(string nonce, JsonObject? header = null, JsonObject? claims = null)
    {
        header ??= new JsonObject { ["typ"] = "openid4vci-proof+jwt", ["alg"] = "ES256", ["jwk"] = PublicJwk };
        claims ??= new JsonObject { ["aud"] = Issuer, ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["nonce"] = nonce };
        var input = Part(header) + "." + Part(claims);
        return input + "." + Base64Url.EncodeToString(Key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256));
    }

    public static JsonObject Request(string proof) => new()
    {
        ["credential_configuration_id"] = "micro-credential-sd-jwt",
        ["proofs"] = new JsonObject { ["jwt"] = new JsonArray(proof) },
    };

    public async Task<HttpResponseMessage> CredentialAsync(string? accessToken, string body, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/openid4vci/credential") { Content = Bodies.Raw(Encoding.UTF8.GetBytes(body), mediaType) };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await client.SendAsync(request);
    }

    public void Dispose() => Key.Dispose();

    private static string Part(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
