using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Credentials.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Web.Tests.Sharing;

public sealed class ShareLinkTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly WebFactory _root = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public ShareLinkTests()
    {
        _factory = _root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time)));
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task Issue_MakesAShareLinkOfSixMonthsThatShowsTheVerifiedCredential()
    {
        var issued = await Api.IssueSampleAsync(_client);
        var link = issued["shareLink"]!.AsObject();

        var page = await _client.GetAsync(Path(link));

        var url = link["url"]!.GetValue<string>();
        url.Should().MatchRegex("/s/[A-Za-z0-9_-]{22}$", "the token is 128 random bits in base64url");
        DateTimeOffset.Parse(link["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(_time.GetUtcNow().AddMonths(6));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("class=\"ribbon verified\"").And.Contain("Siiri Äijälä");
    }

    [Fact]
    public async Task SharePage_OffersLinkedInAddToProfileWithTheCertificationDetails()
    {
        var issued = await Api.IssueSampleAsync(_client);
        var link = issued["shareLink"]!.AsObject();

        var html = await (await _client.GetAsync(Path(link) + "?lang=en")).Content.ReadAsStringAsync();

        var href = System.Text.RegularExpressions.Regex.Match(html, "class=\"linkedin\"[^>]*href=\"([^\"]+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        href.Should().StartWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(href).Query);
        query["name"].Should().Be("Foundations of Machine Learning");
        query["organizationName"].Should().Be("Northern University of Technology");
        query["organizationId"].Should().BeNull("no LinkedIn organisation is configured for the issuer");
        query["issueYear"].Should().Be(_time.GetUtcNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        query["issueMonth"].Should().Be(_time.GetUtcNow().Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        query["certUrl"].Should().EndWith(Path(link));
        query["certId"].Should().Be(link["credentialId"]!.GetValue<string>());
    }

    [Fact]
    public async Task SharePage_OpensAreCountedAndListed()
    {
        var link = (await Api.IssueSampleAsync(_client))["shareLink"]!.AsObject();

        await _client.GetAsync(Path(link));
        await _client.GetAsync(Path(link));
        var listed = await SendAsync(HttpMethod.Get, $"/credentials/{link["credentialId"]}/links");

        var links = (await Bodies.ReadObjectAsync(listed))["links"]!.AsArray();
        links.Should().ContainSingle();
        links[0]!["opens"]!.GetValue<long>().Should().Be(2);
        links[0]!["state"]!.GetValue<string>().Should().Be("active");
    }

    [Theory]
    [InlineData("en", "This share link has expired.")]
    [InlineData("fi", "Tämä jakolinkki on vanhentunut.")]
    [InlineData("sv", "Den här delningslänken har gått ut.")]
    public async Task SharePage_ExpiredLink_SaysSoPlainlyAndShowsNothingOfTheCredential(string language, string message)
    {
        var link = (await Api.IssueSampleAsync(_client))["shareLink"]!.AsObject();

        _time.Advance(TimeSpan.FromDays(190));
        var page = await _client.GetAsync(Path(link) + "?lang=" + language);

        page.StatusCode.Should().Be(HttpStatusCode.Gone);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain(message).And.NotContain("Siiri Äijälä").And.NotContain("Koneoppimisen").And.NotContain("ribbon");
    }

    [Fact]
    public async Task RevokedLink_SaysItWasRevokedWhileANewLinkStillWorks()
    {
        var link = (await Api.IssueSampleAsync(_client))["shareLink"]!.AsObject();
        var credentialId = link["credentialId"]!.GetValue<string>();

        var revoked = await SendAsync(HttpMethod.Delete, $"/credentials/{credentialId}/links/{link["id"]}");
        var again = await SendAsync(HttpMethod.Delete, $"/credentials/{credentialId}/links/{link["id"]}");
        var created = await SendAsync(HttpMethod.Post, $"/credentials/{credentialId}/links", new JsonObject { ["expiresAt"] = _time.GetUtcNow().AddMonths(11).ToString("O") });
        var fresh = (await Bodies.ReadObjectAsync(created))!;

        revoked.StatusCode.Should().Be(HttpStatusCode.NoContent);
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var old = await _client.GetAsync(Path(link) + "?lang=en");
        old.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await old.Content.ReadAsStringAsync()).Should().Contain("This share link has been revoked.").And.NotContain("Siiri Äijälä");
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        (await _client.GetAsync(Path(fresh))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"expiresAt\": \"2000-01-01T00:00:00Z\"}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"expiresAt\": \"2999-01-01T00:00:00Z\"}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"expiresAt\": \"soon\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"expiresAt\": 5}", HttpStatusCode.BadRequest)]
    [InlineData("{\"other\": 1}", HttpStatusCode.BadRequest)]
    [InlineData("[", HttpStatusCode.BadRequest)]
    public async Task CreateLink_BadExpiry_IsAClientErrorAndMakesNoLink(string body, HttpStatusCode expected)
    {
        var link = (await Api.IssueSampleAsync(_client))["shareLink"]!.AsObject();
        var credentialId = link["credentialId"]!.GetValue<string>();

        var response = await Api.PostAsync(_client, $"/credentials/{credentialId}/links", body);

        response.StatusCode.Should().Be(expected);
        var listed = await Bodies.ReadObjectAsync(await SendAsync(HttpMethod.Get, $"/credentials/{credentialId}/links"));
        listed["links"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Erasure_WithdrawsTheLearnersLinksAndContent_TheLinkSaysSoAndTheRegistryKeepsStatus()
    {
        var options = new JsonObject { ["credentialStatus"] = new JsonObject { ["type"] = "BitstringStatusListEntry" } };
        var link = (await Api.IssueSampleAsync(_client, options))["shareLink"]!.AsObject();
        var credentialId = link["credentialId"]!.GetValue<string>();

        var erased = await SendAsync(HttpMethod.Post, "/learners/erasure", new JsonObject { ["studentNumber"] = "900123" });
        var again = await SendAsync(HttpMethod.Post, "/learners/erasure", new JsonObject { ["studentNumber"] = "no-such-learner" });

        erased.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await Bodies.ReadObjectAsync(erased);
        body["credentialIds"]!.AsArray().Select(i => i!.GetValue<string>()).Should().Contain(credentialId);
        body["linksWithdrawn"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(1);
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var page = await _client.GetAsync(Path(link) + "?lang=fi");
        page.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Tämä todistus on poistettu jaosta opiskelijan pyynnöstä.").And.NotContain("Äijälä");
        (await SendAsync(HttpMethod.Get, $"/credentials/{credentialId}/pdf")).StatusCode.Should().Be(HttpStatusCode.Conflict, "the content is gone");
        var revoke = await Api.PostAsync(_client, "/credentials/status", new JsonObject { ["credentialId"] = credentialId, ["action"] = "revoke", ["reason"] = "test" });
        revoke.StatusCode.Should().Be(HttpStatusCode.OK, "the registry still holds the credential's status");
    }

    [Theory]
    [InlineData("/s/AAAAAAAAAAAAAAAAAAAAAA", HttpStatusCode.NotFound)]
    [InlineData("/s/not%20a%20token", HttpStatusCode.NotFound)]
    public async Task SharePage_UnknownToken_IsANotFoundPage(string path, HttpStatusCode expected)
    {
        var page = await _client.GetAsync(path + "?lang=en");

        page.StatusCode.Should().Be(expected);
        (await page.Content.ReadAsStringAsync()).Should().Contain("This link does not exist.");
    }

    [Fact]
    public async Task LinksApi_UnknownCredentialOrNoApiKey_IsRefused()
    {
        var unknown = await SendAsync(HttpMethod.Post, "/credentials/urn:uuid:00000000-0000-4000-8000-00000000beef/links");
        var anonymous = await _client.PostAsync("/credentials/x/links", null);

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Credentials.TestKit.ToolFact("pdftoppm", "zbarimg")]
    public async Task Pdf_QrCodeIsTheShareLinkAndItShowsVerified()
    {
        var link = (await Api.IssueSampleAsync(_client))["shareLink"]!.AsObject();
        var pdf = await (await SendAsync(HttpMethod.Get, $"/credentials/{link["credentialId"]}/pdf")).Content.ReadAsByteArrayAsync();
        var dir = Directory.CreateTempSubdirectory("share-qr").FullName;
        await File.WriteAllBytesAsync(System.IO.Path.Combine(dir, "c.pdf"), pdf);

        Run("/usr/bin/pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", System.IO.Path.Combine(dir, "c.pdf"), System.IO.Path.Combine(dir, "p"));
        var decoded = Run("/usr/bin/zbarimg", "--raw", "-q", Directory.GetFiles(dir, "p*.png").Single()).Trim();

        decoded.Should().Be(link["url"]!.GetValue<string>());
        var page = await _client.GetAsync(new Uri(decoded).AbsolutePath);
        (await page.Content.ReadAsStringAsync()).Should().Contain("class=\"ribbon verified\"");
        Directory.Delete(dir, recursive: true);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _root.Dispose();
    }

    private static string Path(JsonObject link) => new Uri(link["url"]!.GetValue<string>()).AbsolutePath;

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFactory.DemoApiKey);
        if (body is not null)
        {
            request.Content = Bodies.Json(body.ToJsonString());
        }

        return await _client.SendAsync(request);
    }
}
