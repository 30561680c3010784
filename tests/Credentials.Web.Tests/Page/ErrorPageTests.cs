using System.Net;
using System.Text;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Page;

/// <summary>Errors of the page are the page in its language with the right status; the API keeps problem+json.</summary>
public sealed class ErrorPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("fi", "Syöte on suurempi kuin 2 MiB:n raja.")]
    [InlineData("sv", "Indata är större än gränsen på 2 MiB.")]
    [InlineData("en", "The input is larger than the limit of 2 MiB.")]
    public async Task Post_UploadOverTheLimit_Is413HtmlPageInTheLanguage(string lang, string sentence)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[3 * 1024 * 1024]), "file", "big.pdf" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = form };
        request.Headers.TryAddWithoutValidation("Accept-Language", lang);

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain($"<html lang=\"{lang}\">").And.Contain(sentence).And.Contain("<form method=\"post\"");
        html.Should().NotContain("\"status\":");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/presentation")]
    public async Task Post_BrokenMultipartBody_Is400HtmlPage(string path)
    {
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"credential\"\r\n\r\nabc"));
        body.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=xyz");

        var response = await _client.PostAsync(path + "?lang=en", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("The request could not be read.");
    }

    [Fact]
    public async Task Post_JsonToThePage_Is415HtmlPage()
    {
        var response = await _client.PostAsync("/?lang=sv", Bodies.Json("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Skicka sidans formulär");
    }

    [Fact]
    public async Task Api_UploadOverTheLimit_StaysProblemJson()
    {
        var response = await _client.PostAsync("/credentials/verify", Bodies.Raw(new byte[3 * 1024 * 1024], "application/jwt"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Page_OverTheRateLimit_Is429HtmlPageWithRetryAfter()
    {
        using var limited = new WebFactory { PermitLimit = 1 };
        using var client = limited.CreateClient();
        await client.PostAsync("/?lang=fi", Form());

        var response = await client.PostAsync("/?lang=fi", Form());

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        seconds.Should().BeInRange(1, 60);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<html lang=\"fi\">").And.Contain($"Yritä uudelleen {seconds} sekunnin kuluttua.");
    }

    [Fact]
    public async Task Api_OverTheRateLimit_Is429ProblemJsonWithRetryAfter()
    {
        using var limited = new WebFactory { PermitLimit = 1 };
        using var client = limited.CreateClient();
        await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes("a.b.c"), "application/jwt"));

        var response = await client.PostAsync("/credentials/verify", Bodies.Raw(Encoding.ASCII.GetBytes("a.b.c"), "application/jwt"));

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.GetValues("Retry-After").Single().Should().MatchRegex("^[1-9][0-9]*$");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private static MultipartFormDataContent Form() => new() { { new StringContent("fi"), "lang" } };
}
