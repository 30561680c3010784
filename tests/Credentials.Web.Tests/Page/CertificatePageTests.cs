using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Credentials.Model.Input;
using Credentials.Proofs.Keys;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Page;

/// <summary>The certificate part of the page: issuer provenance, localized content, summary, image, technical details.</summary>
public sealed class CertificatePageTests : IClassFixture<WebFactory>
{
    private static readonly string AnnexSample = RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld");
    private static readonly string ParticipationSample = RepositoryPaths.InTestData("elm", "samples", "Sample-CertOfPart-unsigned.jsonld");

    private readonly HttpClient _client;

    public CertificatePageTests(WebFactory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData("en", "Issuer: Northern University of Technology (fictional, TEST-ONLY key), 1234567-1, Finland — confirmed by the trusted list “Example trusted-issuer list (fictional issuers, TEST-ONLY keys)”")]
    [InlineData("fi", "Myöntäjä: Northern University of Technology (fictional, TEST-ONLY key), 1234567-1, Suomi — vahvistettu luotettujen myöntäjien luettelosta ”Example trusted-issuer list (fictional issuers, TEST-ONLY keys)”")]
    [InlineData("sv", "Utfärdare: Northern University of Technology (fictional, TEST-ONLY key), 1234567-1, Finland — bekräftat av listan över betrodda utfärdare ”Example trusted-issuer list (fictional issuers, TEST-ONLY keys)”")]
    public async Task Post_TrustedIssuer_ShowsTheListsIdentityAndNamesTheList(string lang, string identity)
    {
        var html = await PostAsync(lang, Bodies.ValidJwt());

        html.Should().Contain($"<p class=\"identity confirmed\">{identity}</p>");
        html.Should().NotContain("as-stated").And.NotContain("outcome-note");
    }

    [Theory]
    [InlineData("en", "note", "The signing key belongs to the issuer id the credential names; who that issuer is, is not confirmed.", "as the credential states (not confirmed)")]
    [InlineData("fi", "huomio", "Allekirjoitusavain kuuluu todisteessa nimetylle myöntäjätunnukselle; kuka myöntäjä on, ei ole vahvistettu.", "todisteen oman ilmoituksen mukaan (ei vahvistettu)")]
    [InlineData("sv", "notering", "Signeringsnyckeln tillhör den utfärdaridentitet som intyget anger; vem utfärdaren är har inte bekräftats.", "enligt intygets egen uppgift (inte bekräftat)")]
    public async Task Post_UnknownKeyNamingAKnownUniversity_MarksTheIssuerUnconfirmedAndEndorsesNothing(string lang, string note, string neutral, string asStated)
    {
        var html = await PostAsync(lang, ImpostorJwt());

        html.Should().Contain("data-verdict=\"issuer-not-trusted\"");
        html.Should().Contain($"<span class=\"outcome outcome-note\">{note}</span> {neutral}</li>");
        html.Should().NotContain("The signing key belongs to the issuer named in the credential")
            .And.NotContain("Allekirjoitusavain kuuluu todisteessa nimetylle myöntäjälle")
            .And.NotContain("Signeringsnyckeln tillhör utfärdaren som anges i intyget");
        html.Should().Contain($"<p class=\"identity unconfirmed\">").And.Contain($"— {asStated}</p>");
        html.Should().Contain($"<span class=\"as-stated\">({asStated})</span>");
    }

    [Theory]
    [InlineData("en", "Siiri Äijälä completed Foundations of Machine Learning, 5 ECTS, EQF 6, at Northern University of Technology (fictional, TEST-ONLY key), on 15 June 2026.")]
    [InlineData("fi", "Siiri Äijälä on suorittanut: Koneoppimisen perusteet, 5 op, EQF-taso 6, myöntäjä Northern University of Technology (fictional, TEST-ONLY key), 15.6.2026.")]
    [InlineData("sv", "Siiri Äijälä har avlagt Grunderna i maskininlärning, 5 sp, EQF-nivå 6, vid Northern University of Technology (fictional, TEST-ONLY key), den 15 juni 2026.")]
    public async Task Post_VerifiedCredential_OpensWithASummarySentenceTheIdAndTheCheckTime(string lang, string sentence)
    {
        var html = await PostAsync(lang, Bodies.ValidJwt());

        html.Should().Contain($"<p class=\"summary\">{sentence}</p>");
        html.Should().MatchRegex(lang switch { "fi" => "Tarkistettu [0-9.]+ klo [0-9]{2}:[0-9]{2} UTC", "sv" => "Kontrollerat [0-9]+ [a-z]+ [0-9]{4}, [0-9]{2}:[0-9]{2} UTC", _ => "Checked at [0-9]+ [A-Z][a-z]+ [0-9]{4}, [0-9]{2}:[0-9]{2} UTC" });
        html.Should().Contain("<code>urn:uuid:");
    }

    [Theory]
    [InlineData("fi", "kirjallinen koe", "verkossa, non-formaali oppiminen", "oppilaitoksen laadunvarmistus", "Suomi")]
    [InlineData("sv", "skriftligt prov", "på nätet, icke-formellt lärande", "kvalitetssäkring av läroanstalten", "Finland")]
    [InlineData("en", "written examination", "Online, non-formal learning", "Institutional Quality Assurance", "Finland")]
    public async Task Post_Credential_ShowsConceptValuesAndCountryInThePageLanguage(string lang, string assessment, string participation, string qualityAssurance, string country)
    {
        var html = await PostAsync(lang, Bodies.ValidJwt());

        html.Should().Contain($"<dd>{assessment}</dd>").And.Contain($"<dd>{participation}</dd>").And.Contain($"<dd>{qualityAssurance},");
        html.Should().Contain($"<dd>{country}</dd>").And.NotContain("<dd>FIN</dd>");
    }

    [Fact]
    public async Task Post_Credential_PutsCodesAndPointersUnderTechnicalDetailsOnly()
    {
        var html = await PostAsync("en", Bodies.ValidJwt());

        var list = Between(html, "<ul class=\"checks\">", "</ul>");
        list.Should().NotContain("<code>").And.Contain("outcome-passed");
        var details = Between(html, "<details class=\"technical\">", "</details>");
        details.Should().Contain("<summary>Technical details</summary>").And.Contain("<code>proof.valid</code>").And.Contain("<code>trust.trusted</code>");
    }

    [Theory]
    [InlineData("en", "The credential is not valid yet. (valid from 15 January 2099)")]
    [InlineData("fi", "(voimassa 15.1.2099 alkaen)")]
    public async Task Post_NotYetValid_SaysItOnceWithTheDate(string lang, string line)
    {
        var html = await PostAsync(lang, await File.ReadAllTextAsync(Path.Combine(Samples.InvalidFolder, "validity-not-yet-valid.jwt")));

        var list = Between(html, "<ul class=\"checks\">", "</ul>");
        list.Should().Contain(line);
        Regex.Count(list, "outcome-failed").Should().Be(1);
    }

    [Fact]
    public async Task Post_EuropassSampleWithADisplayImage_ShowsItAsACheckedDataUrlAndCountsAnnexOne()
    {
        var html = await PostAsync("en", await File.ReadAllTextAsync(AnnexSample));

        html.Should().Contain("<img class=\"display\" src=\"data:image/jpeg;base64,/9j/");
        html.Should().MatchRegex("<p class=\"annex\">Annex I: ([0-9]|1[01]) of 11 mandatory elements present");
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("text")]
    [InlineData("oversized")]
    [InlineData("broken-jpeg")]
    public async Task Post_HostileDisplayImage_IsNotShown(string kind)
    {
        var node = JsonNode.Parse(await File.ReadAllTextAsync(AnnexSample))!;
        var image = node["displayParameter"]!["individualDisplay"]!["displayDetail"]!["image"]!;
        var original = Convert.FromBase64String(image["content"]!.GetValue<string>());
        image["content"] = kind switch
        {
            "svg" => Convert.ToBase64String("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray()),
            "text" => Convert.ToBase64String("not an image at all"u8.ToArray()),
            "oversized" => Convert.ToBase64String([.. original[..^2], .. new byte[1_100_000], 0xFF, 0xD9]),
            _ => Convert.ToBase64String(original[..(original.Length / 2)]),
        };

        var html = await PostAsync("en", node.ToJsonString());

        html.Should().NotContain("<img").And.NotContain("<svg").And.NotContain("data:image/svg");
        html.Should().Contain("<section class=\"certificate\"");
    }

    [Fact]
    public async Task Get_Page_AllowsOnlyDataImages()
    {
        var response = await _client.GetAsync("/");

        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("img-src data:;").And.Contain("default-src 'none'");
    }

    [Fact]
    public async Task Post_OfficialCertificateOfParticipation_ReadsRightToAnEmployer()
    {
        var html = await PostAsync("en", await File.ReadAllTextAsync(ParticipationSample));

        html.Should().Contain("<dt>Title</dt><dd>EDC Updates Webinar</dd>");
        html.Should().Contain("<dt>Type of credential</dt><dd>Certificate of Participation</dd>");
        html.Should().Contain("<dt>Dates of the activity</dt><dd>2023-06-28</dd>");
        html.Should().Contain("<dt>Notional hours</dt><dd>2</dd>");
        html.Should().Contain("<dt>Learner</dt><dd>Ana Andromeda</dd>");
        html.Should().Contain("<dt>Issuer</dt><dd>European Digital Credentials for Learning Support Team <span class=\"as-stated\">");
        html.Should().Contain("<dt>Country</dt><dd>Belgium <span class=\"as-stated\">");
        html.Should().Contain("<p class=\"summary\">Ana Andromeda took part in EDC Updates Webinar, 2 hours, at European Digital Credentials for Learning Support Team (not confirmed), on 28 June 2023.</p>");
        html.Should().Contain("<dt>Description</dt><dd>The newest version of the European Digital Credential");
        html.Should().NotContain("schema.annex-incomplete").And.NotContain("Annex I").And.NotContain("class=\"missing\"");
    }

    [Theory]
    [InlineData("en", "The credential’s ‘valid from’ is missing (rule: minimum count 1 at credential › validFrom).")]
    [InlineData("fi", "Todisteen tieto ’valid from’ puuttuu (sääntö: vähimmäismäärä 1, credential › validFrom).")]
    [InlineData("sv", "Intygets uppgift ’valid from’ saknas (regel: minsta antal 1 vid credential › validFrom).")]
    public async Task Post_ShaclViolation_NamesTheRuleAndThePathInWords(string lang, string line)
    {
        var node = JsonNode.Parse(await File.ReadAllTextAsync(ParticipationSample))!.AsObject();
        node.Remove("validFrom");

        var html = await PostAsync(lang, node.ToJsonString());

        Between(html, "<ul class=\"checks\">", "</ul>").Should().Contain(line);
    }

    [Fact]
    public async Task ApiVerify_GivesTheIssuerIdentityAndItsSource()
    {
        var trusted = await Bodies.ReadObjectAsync(await _client.PostAsync("/credentials/verify", Bodies.Json(new JsonObject { ["verifiableCredential"] = Bodies.ValidJwt() })));
        var impostor = await Bodies.ReadObjectAsync(await _client.PostAsync("/credentials/verify", Bodies.Json(new JsonObject { ["verifiableCredential"] = ImpostorJwt() })));

        trusted["issuerIdentity"]!["source"]!.GetValue<string>().Should().Be("Example trusted-issuer list (fictional issuers, TEST-ONLY keys)");
        trusted["issuerIdentity"]!["confirmed"]!.GetValue<bool>().Should().BeTrue();
        trusted["issuerIdentity"]!["registration"]!.GetValue<string>().Should().Be("1234567-1");
        impostor["issuerIdentity"]!["source"]!.GetValue<string>().Should().Be("credential");
        impostor["issuerIdentity"]!["confirmed"]!.GetValue<bool>().Should().BeFalse();
        impostor["issuerIdentity"]!["legalName"]!.GetValue<string>().Should().Be("Northern University of Technology");
    }

    // A credential that names Northern University of Technology, signed by a fresh key of its own did:key.
    private static string ImpostorJwt()
    {
        var impostor = KeyDirectory.Identify(SigningKey.Generate(KeyType.Ed25519), null);
        var input = File.ReadAllText(Path.Combine(Samples.ValidFolder, "northern-university-aijala.input.json"));
        var credential = MicroCredentialJson.Parse(Encoding.UTF8.GetBytes(input)).Value!;
        return TestCredentials.Jwt(TestCredentials.Elm(credential, impostor), impostor);
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        from.Should().BeGreaterThan(-1, "the page should contain " + start);
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..to];
    }

    private async Task<string> PostAsync(string lang, string pasted)
    {
        using var form = new MultipartFormDataContent { { new StringContent(lang), "lang" }, { new StringContent(pasted), "credential" } };
        var response = await _client.PostAsync("/", form);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
