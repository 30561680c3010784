using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;
using Credentials.TestKit;
using Credentials.Web.Tests.Browser;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credentials.Web.Tests.Wallet;

/// <summary>
/// An independent wallet (npm <c>@openid4vc/openid4vci</c> 0.4.6, <c>tests/interop/openid4vci-wallet.mjs</c>) runs the
/// pre-authorized code flow against the service on a real HTTPS socket and checks the SD-JWT VC it receives with jose,
/// then presents it with key binding to npm <c>@sd-jwt/sd-jwt-vc</c>, which verifies it and its Token Status List.
/// </summary>
public sealed class OpenId4VciInteropTests : IDisposable
{
    private readonly HttpsKestrelWebFactory _service = new(ownBaseUrl: true);
    private readonly string _caFile = Path.Combine(Path.GetTempPath(), $"credentials-ca-{Guid.NewGuid():N}.pem");
    private readonly HttpClient _client;

    public OpenId4VciInteropTests()
    {
        File.WriteAllText(_caFile, _service.CertificatePem);
#pragma warning disable CA5400 // the throw-away certificate of this test's own loopback server
        _client = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator })
#pragma warning restore CA5400
        {
            BaseAddress = new Uri(_service.BaseUrl),
        };
    }

    [NodeFact]
    public async Task Wallet_PreAuthorizedFlow_ReceivesABoundSdJwtVcAndCannotRedeemTwice()
    {
        var offer = await new TestWallet(_client).OfferAsync(txCode: true);
        var issuerJwk = _service.Services.GetRequiredService<IssuerKey>().Key.PublicJwk.ToJson();
        var input = new JsonObject { ["offer"] = offer["url"]!.GetValue<string>(), ["txCode"] = offer["txCode"]!.GetValue<string>(), ["issuerJwk"] = issuerJwk };

        var (exit, output, error) = NodeScript.Run("openid4vci-wallet.mjs", input.ToJsonString(), new Dictionary<string, string> { ["NODE_EXTRA_CA_CERTS"] = _caFile });

        exit.Should().Be(0, error);
        var seen = JsonNode.Parse(output)!;
        seen["typ"]!.GetValue<string>().Should().Be("dc+sd-jwt");
        seen["format"]!.GetValue<string>().Should().Be("dc+sd-jwt");
        seen["vct"]!.GetValue<string>().Should().Be(_service.BaseUrl + "/credentials/types/micro-credential");
        seen["tokenType"]!.GetValue<string>().Should().Be("Bearer");
        seen["boundToHolder"]!.GetValue<bool>().Should().BeTrue("cnf.jwk is the key the wallet proved");
        seen["unreferenced"]!.AsArray().Should().BeEmpty("every disclosure's digest is in the signed payload");
        seen["disclosures"]!.GetValue<int>().Should().BeGreaterThan(0);
        seen["disclosed"]!.AsObject().Count.Should().Be(seen["disclosures"]!.GetValue<int>());
        seen["secondRedeem"]!.GetValue<string>().Should().Be("invalid_grant");
        var sdJwtVc = seen["sdJwtVc"]!;
        sdJwtVc["verified"]!.GetValue<bool>().Should().BeTrue(sdJwtVc.ToJsonString());
        sdJwtVc["keyBound"]!.GetValue<bool>().Should().BeTrue("the wallet presented it with a key binding JWT of its proved key");
        sdJwtVc["status"]!.GetValue<int>().Should().Be(0, "the Token Status List fetched from the service says valid");
    }

    public void Dispose()
    {
        _client.Dispose();
        _service.Dispose();
        File.Delete(_caFile);
    }
}
