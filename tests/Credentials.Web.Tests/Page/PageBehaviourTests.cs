using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Page;

/// <summary>The page keeps what was checked: the pasted text, the file name, the time, the result across a language switch.</summary>
public sealed partial class PageBehaviourTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_Pasted_KeepsTheTextInTheBoxAndShowsTheTimeOfTheCheck()
    {
        var jwt = Bodies.ValidJwt();

        var html = await PostAsync(Form("en", ("credential", jwt)));

        html.Should().Contain("name=\"credential\" spellcheck=\"false\" aria-describedby=\"drop-hint\">" + jwt + "</textarea>");
        CheckedAt().IsMatch(html).Should().BeTrue("the time of the check is shown: " + html);
        html.Should().Contain("formaction=\"/report\"").And.Contain("Download verification report (PDF)");
    }

    [Fact]
    public async Task Post_File_ShowsItsName()
    {
        var form = Form("en");
        var part = new ByteArrayContent(File.ReadAllBytes(Path.Combine(Samples.InvalidFolder, "validity-expired.jwt")));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", "maija-<b>.jwt");

        var html = await PostAsync(form);

        html.Should().Contain("<p class=\"checked-file\">File checked: maija-&lt;b&gt;.jwt</p>");
        html.Should().Contain("data-verdict=\"expired\"");
        html.Should().Contain("name=\"checkedName\" value=\"maija-&lt;b&gt;.jwt\"");
    }

    [Theory]
    [InlineData("fi", "Todennettu: ")]
    [InlineData("sv", "Verifierat: ")]
    public async Task LanguageButton_ResubmitsTheCheckedInput_KeepsTheResult(string lang, string verdict)
    {
        var first = await PostAsync(Form("en", ("credential", Bodies.ValidJwt())));
        var carried = CarriedInput().Match(first);
        carried.Success.Should().BeTrue("the result page carries the checked input for the language buttons");
        first.Should().Contain($"<button type=\"submit\" class=\"link\" form=\"checked-input\" name=\"lang\" value=\"{lang}\"");

        var html = await PostAsync(Form(lang, ("checked", carried.Groups[1].Value)));

        html.Should().Contain($"<html lang=\"{lang}\">").And.Contain($"data-verdict=\"verified\">{verdict}");
        html.Should().Contain(Bodies.ValidJwt() + "</textarea>", "the pasted text comes back in the box");
    }

    [Fact]
    public async Task Post_APresentation_PointsToThePresentationPage()
    {
        var holder = Proofs.Keys.KeyDirectory.Identify(TestKeys.Learner, null);
        var vp = Proofs.Presentations.PresentationBuilder.Build([Bodies.ValidJwt()], holder.Did, Proofs.Presentations.PresentationVersion.DataModel11);
        var signed = await Proofs.Presentations.PresentationSigner.SignDataIntegrityAsync(vp, TestKeys.Learner, holder.KeyId, Proofs.DataIntegrity.Cryptosuites.EddsaJcs2022, "c", "localhost", TimeProvider.System);

        var html = await PostAsync(Form("en", ("credential", signed.ToJsonString())));

        html.Should().Contain("This is a presentation, not a single credential").And.Contain("<a href=\"/presentation?lang=en\">");
    }

    [Fact]
    public async Task Post_ACredential_DoesNotPointToThePresentationPage()
    {
        var html = await PostAsync(Form("en", ("credential", Bodies.ValidJwt())));

        html.Should().NotContain("This is a presentation");
    }

    [Fact]
    public async Task Post_AsOfADateBeforeIssue_ChecksAsOfThatDate()
    {
        var html = await PostAsync(Form("en", ("credential", Bodies.ValidJwt()), ("asOf", "2020-01-15")));

        html.Should().Contain("data-verdict=\"not-yet-valid\"");
        html.Should().Contain(", as of 2020-01-15.").And.Contain("value=\"2020-01-15\"");
    }

    [Fact]
    public async Task Post_AsOfNotADate_Is400PageInTheLanguage()
    {
        var response = await _client.PostAsync("/", Form("fi", ("credential", Bodies.ValidJwt()), ("asOf", "15.1.2020")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Päivämäärä ei kelpaa: käytä muotoa VVVV-KK-PP.");
    }

    [Fact]
    public async Task Get_Page_HasASkipLinkToMainAndNoCarriedInput()
    {
        var html = await _client.GetStringAsync("/?lang=en");

        html.Should().Contain("<a class=\"skip\" href=\"#main\">Skip to main content</a>").And.Contain("<main id=\"main\">");
        html.Should().NotContain("id=\"checked-input\"").And.Contain("<a href=\"/?lang=fi\" lang=\"fi\">Suomi</a>");
    }

    [Fact]
    public async Task Css_HasAPrintStylesheetThatHidesTheForm()
    {
        var css = await _client.GetStringAsync("/assets/site.css");

        css.Should().Contain("@media print").And.MatchRegex(@"@media print \{\s*header nav, main > form, \.intro");
    }

    private static MultipartFormDataContent Form(string lang, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new StringContent(lang), "lang" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private async Task<string> PostAsync(MultipartFormDataContent form)
    {
        using (form)
        {
            var response = await _client.PostAsync("/", form);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"checked\" value=\"([A-Za-z0-9+/=]+)\">")]
    private static partial Regex CarriedInput();

    [GeneratedRegex("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\">Checked at \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d UTC\\.</time>")]
    private static partial Regex CheckedAt();
}
