using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Credentials.Model.Input;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Page;

public sealed class PageTests : IClassFixture<WebFactory>
{
    private readonly HttpClient _client;

    public PageTests(WebFactory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData("fi-FI,fi;q=0.9,en;q=0.5", "fi", "Tarkista mikrotutkinnon todiste")]
    [InlineData("sv-FI", "sv", "Kontrollera ett intyg om mikromeriter")]
    [InlineData("en-GB", "en", "Check a micro-credential")]
    [InlineData("de-DE,fr;q=0.8", "en", "Check a micro-credential")]
    [InlineData("en;q=0.3,sv;q=0.9", "sv", "Kontrollera ett intyg om mikromeriter")]
    public async Task Get_AcceptLanguage_ChoosesThePageLanguage(string acceptLanguage, string expected, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain($"<html lang=\"{expected}\">").And.Contain(title);
        html.Should().Contain("<label for=\"credential\">").And.Contain("<label for=\"file\">");
    }

    [Theory]
    [InlineData("en", "Demo issuer: do not issue real credentials.")]
    [InlineData("fi", "Esittelyn myöntäjä: älä myönnä oikeita todisteita.")]
    [InlineData("sv", "Demoutfärdare: utfärda inga riktiga intyg.")]
    public async Task Get_DevelopmentWithTheDemoIssuer_SaysSoOnThePage(string lang, string notice)
    {
        var html = await _client.GetStringAsync("/?lang=" + lang);

        html.Should().Contain("<p class=\"demo\" role=\"note\">" + notice);
    }

    [Fact]
    public async Task Get_LangQueryOverridesAcceptLanguage_ShowsFinnish()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?lang=fi");
        request.Headers.TryAddWithoutValidation("Accept-Language", "en");

        var html = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();

        html.Should().Contain("<html lang=\"fi\">").And.Contain("Todiste (JWT tai JSON)");
    }

    [Fact]
    public async Task Get_Page_LoadsNoExternalAssetsAndSetsAStrictPolicy()
    {
        var response = await _client.GetAsync("/");

        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("http://").And.NotContain("https://");
        html.Should().Contain("enctype=\"multipart/form-data\"");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'");
        (await _client.GetAsync("/assets/site.css")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _client.GetAsync("/assets/site.js")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("en", "Verified", "Learner")]
    [InlineData("fi", "Todennettu", "Oppija")]
    [InlineData("sv", "Verifierat", "Studerande")]
    public async Task Post_PastedValidCredential_ShowsVerifiedAndTheCertificateRows(string lang, string verdict, string learnerLabel)
    {
        var html = await PostFormAsync(lang, pasted: Bodies.ValidJwt(), file: null);

        html.Should().Contain($"class=\"ribbon verified\" role=\"status\" data-verdict=\"verified\">{verdict}: ");
        html.Should().Contain($"<dt>{learnerLabel}</dt>").And.Contain("Siiri");
        html.Should().Contain("<code>proof.valid</code>");
        html.Should().NotContain("class=\"error\"");
    }

    [Fact]
    public async Task Post_UploadedTamperedFile_ShowsNotVerifiedAndTheFailingCheck()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Samples.InvalidFolder, "proof-signature-invalid.jwt"));

        var html = await PostFormAsync("en", pasted: null, file: bytes);

        html.Should().Contain("class=\"ribbon not-verified\" role=\"status\" data-verdict=\"forged\">Changed or forged: the signature does not prove that this content comes from the issuer it names.</p>");
        html.Should().Contain("<code>proof.signature-invalid</code>").And.Contain("The signature does not match");
        html.Should().Contain("This content is not confirmed");
    }

    [Fact]
    public async Task Post_VerifyPathWithNothing_AsksForInput()
    {
        using var form = new MultipartFormDataContent { { new StringContent("sv"), "lang" } };

        var html = await (await _client.PostAsync("/verify", form)).Content.ReadAsStringAsync();

        html.Should().Contain("Klistra in ett intyg eller välj en fil först.").And.NotContain("ribbon");
    }

    [Fact]
    public async Task Post_CredentialWithScriptInTheName_ShowsItAsText()
    {
        var input = (await File.ReadAllTextAsync(Path.Combine(Samples.ValidFolder, "northern-university-aijala.input.json")))
            .Replace("\"Siiri\"", "\"<script>alert(1)</script>\"", StringComparison.Ordinal);
        var credential = MicroCredentialJson.Parse(Encoding.UTF8.GetBytes(input)).Value!;
        var jwt = TestCredentials.Jwt(TestCredentials.Elm(credential, TestKeys.Northern), TestKeys.Northern);

        var html = await PostFormAsync("en", pasted: jwt, file: null);

        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().NotContain("<script>alert(1)");
        html.Should().Contain("ribbon verified", "the hostile text is signed content, shown but not executed");
    }

    [Fact]
    public async Task Post_OversizedUpload_Returns413()
    {
        var bytes = new byte[3 * 1024 * 1024];

        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "big.jwt" } };
        var response = await _client.PostAsync("/", form);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_JsonInsteadOfAForm_Returns415()
    {
        var response = await _client.PostAsync("/", Bodies.Json("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<string> PostFormAsync(string lang, string? pasted, byte[]? file)
    {
        using var form = new MultipartFormDataContent { { new StringContent(lang), "lang" } };
        if (pasted is not null)
        {
            form.Add(new StringContent(pasted), "credential");
        }

        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", "credential.jwt");
        }

        var response = await _client.PostAsync("/", form);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
