using System.Net;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Page;

/// <summary><c>POST /report</c> verifies the carried input again and answers with the PDF report.</summary>
public sealed class ReportEndpointTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [ToolFact("pdftotext")]
    public async Task Post_CarriedInput_ReturnsAPdfWithTheVerdictChecksAndContent()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("sv"), "lang" },
            { new StringContent(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Bodies.ValidJwt()))), "checked" },
            { new StringContent("aijala.jwt"), "checkedName" },
        };

        var response = await _client.PostAsync("/report", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().StartWith("verification-report-").And.EndWith(".pdf");
        var path = Path.Combine(Directory.CreateTempSubdirectory("report-").FullName, "report.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var text = Flat(RunPdftotext(path));
        text.Should().Contain("Kontrollrapport").And.Contain("Verifierat: utfärdat av");
        text.Should().Contain("Kontrollerad fil aijala.jwt").And.Contain("UTC");
        text.Should().Contain("godkänd").And.Contain("Siiri");
    }

    [Fact]
    public async Task Post_Nothing_Is400Page()
    {
        using var form = new MultipartFormDataContent { { new StringContent("en"), "lang" } };

        var response = await _client.PostAsync("/report", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Paste a credential or choose a file first.");
    }

    private static string RunPdftotext(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
