using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Credentials.Proofs.Keys;
using Credentials.Proofs.Presentations;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Page;

/// <summary>The page gives a challenge and domain, then verifies the learner's presentation against exactly those, once.</summary>
public sealed partial class PresentationPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_ShowsAFreshChallengeAndTheDomain()
    {
        var first = await _client.GetStringAsync("/presentation?lang=en");
        var second = await _client.GetStringAsync("/presentation?lang=en");

        Challenge(first).Should().NotBe(Challenge(second));
        first.Should().Contain("<code class=\"challenge\" id=\"domain\">localhost</code>");
        first.Should().Contain("Give the learner this challenge and domain.");
    }

    [Fact]
    public async Task LanguageLink_KeepsTheChallengeGiven()
    {
        var en = await _client.GetStringAsync("/presentation?lang=en");
        var challenge = Challenge(en);

        var fi = await _client.GetStringAsync("/presentation?lang=fi&challenge=" + Uri.EscapeDataString(challenge));

        Challenge(fi).Should().Be(challenge);
        fi.Should().Contain("<html lang=\"fi\">").And.Contain("Anna oppijalle tämä haaste");
    }

    [Fact]
    public async Task Post_PresentationForTheChallenge_IsVerifiedOnceThenRefusedAsUsed()
    {
        var challenge = Challenge(await _client.GetStringAsync("/presentation?lang=en"));
        var presentation = (await SignedAsync(challenge, "localhost")).ToJsonString();

        var first = await PostAsync(challenge, presentation);
        var again = await PostAsync(challenge, presentation);

        first.Status.Should().Be(HttpStatusCode.OK);
        first.Html.Should().Contain("data-verdict=\"verified\">Verified: the holder presented these credentials now");
        first.Html.Should().Contain("Credential 1").And.Contain("data-verdict=\"verified\">Verified: issued by");
        Challenge(first.Html).Should().NotBe(challenge, "a used challenge is replaced by a fresh one");
        again.Status.Should().Be(HttpStatusCode.BadRequest);
        again.Html.Should().Contain("This challenge has already been used.").And.NotContain("ribbon verified");
    }

    [Fact]
    public async Task Post_PresentationForAnotherDomain_IsNotVerifiedAndKeepsTheChallenge()
    {
        var challenge = Challenge(await _client.GetStringAsync("/presentation?lang=en"));

        var (status, html) = await PostAsync(challenge, (await SignedAsync(challenge, "elsewhere.example")).ToJsonString());

        status.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("data-verdict=\"not-verified\"").And.Contain("presentation.domain-mismatch");
    }

    [Fact]
    public async Task Post_ChallengeNotFromThisPage_IsRefused()
    {
        var (status, html) = await PostAsync("c0ffee", (await SignedAsync("c0ffee", "localhost")).ToJsonString());

        status.Should().Be(HttpStatusCode.BadRequest);
        html.Should().Contain("This challenge was not given by this page.").And.NotContain("ribbon");
    }

    private static Task<System.Text.Json.Nodes.JsonObject> SignedAsync(string challenge, string domain)
    {
        var holder = KeyDirectory.Identify(TestKeys.Learner, null);
        var vp = PresentationBuilder.Build([Bodies.ValidJwt()], holder.Did, PresentationVersion.DataModel11);
        return PresentationSigner.SignDataIntegrityAsync(vp, TestKeys.Learner, holder.KeyId, Proofs.DataIntegrity.Cryptosuites.EddsaJcs2022, challenge, domain, TimeProvider.System);
    }

    private async Task<(HttpStatusCode Status, string Html)> PostAsync(string challenge, string presentation)
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

    private static string Challenge(string html) => ChallengeCode().Match(html).Groups[1].Value;

    [GeneratedRegex("<code class=\"challenge\" id=\"challenge\">([A-Za-z0-9_.-]+)</code>")]
    private static partial Regex ChallengeCode();
}
