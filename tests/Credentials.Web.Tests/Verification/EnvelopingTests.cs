using System.Net;
using System.Text.Json.Nodes;
using Credentials.Proofs.Keys;
using Credentials.Proofs.Presentations;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Verification;

/// <summary>
/// Enveloping proofs (VC Data Model 2.0 §4.13.1–2): the issuer answers <c>EnvelopedVerifiableCredential</c>s for the
/// JOSE format when asked, and both verify endpoints read enveloped credentials and presentations.
/// </summary>
public sealed class EnvelopingTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Challenge = "c0ffee-envelopes";
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("vc-jose", null)]
    [InlineData("jwt", true)]
    public async Task Issue_Vcdm2AsJose_AnswersAnEnvelopeThatVerifies(string format, bool? envelope)
    {
        var options = new JsonObject { ["format"] = format };
        if (envelope is { } wanted)
        {
            options["envelope"] = wanted;
        }

        var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = Vcdm2Credential(), ["options"] = options });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var credential = (await Bodies.ReadObjectAsync(response))["verifiableCredential"]!.AsObject();
        credential["type"]!.GetValue<string>().Should().Be("EnvelopedVerifiableCredential");
        var id = credential["id"]!.GetValue<string>();
        id.Should().StartWith("data:application/vc+jwt,");
        TestCredentials.Header(id["data:application/vc+jwt,".Length..])["typ"]!.GetValue<string>().Should().Be("vc+jwt");
        var (status, report) = await Api.VerifyAsync(_client, credential);
        status.Should().Be(HttpStatusCode.OK, report.ToJsonString());
    }

    [Fact]
    public async Task Issue_PlainJwtWithoutEnvelope_StaysABareToken()
    {
        var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = Vcdm2Credential(), ["options"] = new JsonObject { ["format"] = "jwt" } });

        (await Bodies.ReadObjectAsync(response))["verifiableCredential"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.String);
    }

    [Theory]
    [InlineData("{\"format\": \"di-jcs\", \"envelope\": true}", HttpStatusCode.BadRequest)]
    [InlineData("{\"envelope\": \"yes\"}", HttpStatusCode.BadRequest)]
    public async Task Issue_EnvelopeMisused_Is400(string options, HttpStatusCode expected)
    {
        var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = Vcdm2Credential(), ["options"] = JsonNode.Parse(options) });

        response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task Issue_EnvelopeForAVcdm11Credential_Is422()
    {
        var input = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.ValidFolder, "northern-university-aijala.input.json")))!;

        var response = await Api.PostAsync(_client, "/credentials/issue", new JsonObject { ["credential"] = input, ["options"] = new JsonObject { ["envelope"] = true } });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("data:application/vp+jwt,")]
    [InlineData("data:application/jwt,")]
    public async Task VerifyPresentation_EnvelopedVpJwtWhoseCredentialIsDataApplicationJwt_IsVerified(string prefix)
    {
        var holder = KeyDirectory.Identify(TestKeys.Learner, null);
        var vp = PresentationBuilder.Build([Bodies.ValidJwt()], holder.Did, PresentationVersion.DataModel20);
        var inner = vp["verifiableCredential"]!.AsArray()[0]!.AsObject();
        inner["id"] = "data:application/jwt," + inner["id"]!.GetValue<string>()["data:application/vc+jwt,".Length..];
        var token = PresentationSigner.SignJwt(vp, TestKeys.Learner, holder.KeyId, Challenge, null, TimeProvider.System);
        var enveloped = new JsonObject { ["@context"] = "https://www.w3.org/ns/credentials/v2", ["type"] = "EnvelopedVerifiablePresentation", ["id"] = prefix + token };

        var response = await _client.PostAsync("/presentations/verify", Bodies.Json(new JsonObject { ["verifiablePresentation"] = enveloped, ["options"] = new JsonObject { ["challenge"] = Challenge } }));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await Bodies.ReadObjectAsync(response);
        report["credentials"]!.AsArray().Should().ContainSingle().Which!["verified"]!.GetValue<bool>().Should().BeTrue();
    }

    private static JsonObject Vcdm2Credential() => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"),
        ["type"] = new JsonArray("VerifiableCredential", "ExampleAlumniCredential"),
        ["credentialSubject"] = new JsonObject { ["alumniOf"] = "Northern University of Technology" },
    };
}
