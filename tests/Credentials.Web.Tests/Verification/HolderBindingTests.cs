using System.Net;
using System.Text.Json.Nodes;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Keys;
using Credentials.Proofs.Presentations;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Verification;

/// <summary>
/// VC Data Model 2.0 on <c>POST /presentations/verify</c>: <c>holder</c> is optional and the holder–subject binding is
/// reported as its own result, enforced only with <c>options.requireHolderBinding: true</c>.
/// </summary>
public sealed class HolderBindingTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Challenge = "c0ffee-holder-binding";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Verify_PresentationWithoutHolder_Is200ByDefaultWithHolderAbsent()
    {
        var presentation = await SignedAsync(TestKeys.Learner, withHolder: false);

        var (status, report) = await VerifyAsync(presentation, requireBinding: null);

        status.Should().Be(HttpStatusCode.OK, report.ToJsonString());
        Api.Codes(report).Should().Contain("presentation.holder-absent");
    }

    [Fact]
    public async Task Verify_PresentationWithoutHolder_Is422WhenBindingIsRequired()
    {
        var presentation = await SignedAsync(TestKeys.Learner, withHolder: false);

        var (status, report) = await VerifyAsync(presentation, requireBinding: true);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        Api.Codes(report).Should().Contain("presentation.holder-missing");
    }

    [Fact]
    public async Task Verify_SomeoneElsePresentsTheLearnersCredential_IsReportedAndFailsOnlyWhenRequired()
    {
        // The Northern issuer's key stands in for a stranger: it signs correctly as its own DID.
        var presentation = await SignedAsync(TestKeys.Northern.Key, withHolder: true, TestKeys.Northern);

        var (lenient, lenientReport) = await VerifyAsync(presentation, requireBinding: false);
        var (strict, strictReport) = await VerifyAsync(presentation, requireBinding: true);

        lenient.Should().Be(HttpStatusCode.OK, lenientReport.ToJsonString());
        Api.Codes(lenientReport).Should().Contain("presentation.holder-binding-not-required").And.NotContain("presentation.holder-not-subject");
        strict.Should().Be(HttpStatusCode.UnprocessableEntity);
        Api.Codes(strictReport).Should().Contain("presentation.holder-not-subject");
    }

    [Fact]
    public async Task Verify_RequireHolderBindingNotABoolean_Is400()
    {
        var presentation = await SignedAsync(TestKeys.Learner, withHolder: true);

        var response = await _client.PostAsync("/presentations/verify", Bodies.Json(new JsonObject
        {
            ["verifiablePresentation"] = presentation,
            ["options"] = new JsonObject { ["challenge"] = Challenge, ["requireHolderBinding"] = "yes" },
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static Task<JsonObject> SignedAsync(SigningKey key, bool withHolder, IssuerKey? identity = null)
    {
        var signer = identity ?? KeyDirectory.Identify(key, null);
        var vp = PresentationBuilder.Build([Bodies.ValidJwt()], signer.Did, PresentationVersion.DataModel11);
        if (!withHolder)
        {
            vp.Remove("holder");
        }

        return PresentationSigner.SignDataIntegrityAsync(vp, key, signer.KeyId, Cryptosuites.EddsaJcs2022, Challenge, null, TimeProvider.System);
    }

    private async Task<(HttpStatusCode Status, JsonObject Report)> VerifyAsync(JsonObject presentation, bool? requireBinding)
    {
        var options = new JsonObject { ["challenge"] = Challenge };
        if (requireBinding is { } required)
        {
            options["requireHolderBinding"] = required;
        }

        var response = await _client.PostAsync("/presentations/verify", Bodies.Json(new JsonObject { ["verifiablePresentation"] = presentation.DeepClone(), ["options"] = options }));
        return (response.StatusCode, await Bodies.ReadObjectAsync(response));
    }
}
