using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Documents.Reading;
using Credentials.Proofs.Jades;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Certificates;

public sealed class CertificateEndpointTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-pdf-").FullName;
    private readonly WebFactory _factory;
    private readonly HttpClient _client;

    public CertificateEndpointTests()
    {
        using var certificate = TestSealCertificate.Create("Northern University of Technology", "VATFI-12345671", "FI", TimeProvider.System);
        var (certificatePem, keyPem) = TestSealCertificate.ExportPem(certificate);
        File.WriteAllText(Path.Combine(_dir, "seal.crt.pem"), certificatePem);
        File.WriteAllText(Path.Combine(_dir, "seal.key.pem"), keyPem);
        _factory = new WebFactory();
        _factory.Settings["Credentials:PdfSealCertificatePath"] = Path.Combine(_dir, "seal.crt.pem");
        _factory.Settings["Credentials:PdfSealKeyPath"] = Path.Combine(_dir, "seal.key.pem");
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task GetPdf_IssuedCredential_IsASealedPdfWithTheCredentialInside()
    {
        var issued = await Api.IssueSampleAsync(_client);
        var token = issued["verifiableCredential"]!.GetValue<string>();
        var id = TestCredentials.Payload(token)["jti"]!.GetValue<string>();

        var response = await GetAsync($"/credentials/{id}/pdf?lang=en");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("900123.pdf");
        var read = PdfCredentialReader.Read(await response.Content.ReadAsByteArrayAsync());
        Encoding.UTF8.GetString(read.Credential!.Content.Span).Should().Be(token);
        read.Signature.Should().Be(PdfSignatureState.Intact);
        read.SignerCertificate!.Subject.Should().Contain("Northern University of Technology");
    }

    [Fact]
    public async Task VerifyPdf_ThroughApiAndPage_VerifiesTheCredentialInsideAndSaysTheSealIsIntactAndTheIssuers()
    {
        var issued = await Api.IssueSampleAsync(_client);
        var id = TestCredentials.Payload(issued["verifiableCredential"]!.GetValue<string>())["jti"]!.GetValue<string>();
        var pdf = await (await GetAsync($"/credentials/{id}/pdf?lang=fi")).Content.ReadAsByteArrayAsync();

        using var body = new ByteArrayContent(pdf);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var api = await _client.PostAsync("/credentials/verify", body);
        using var form = new MultipartFormDataContent { { new StringContent("en"), "lang" }, { new ByteArrayContent(pdf), "file", "900123.pdf" } };
        var page = await (await _client.PostAsync("/verify", form)).Content.ReadAsStringAsync();

        api.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await Bodies.ReadObjectAsync(api);
        report["verdict"]!.GetValue<string>().Should().Be("verified");
        report["cleaned"]!.AsArray().Select(n => n!.GetValue<string>()).Should().ContainSingle(n => n.Contains("taken out of the PDF certificate, whose seal by Northern University of Technology is intact, and it belongs to the credential's issuer"));
        page.Should().Contain("data-verdict=\"verified\"").And.Contain("The credential was taken out of the PDF certificate, whose seal by Northern University of Technology is intact");
    }

    [Fact]
    public async Task VerifyPdf_ChangedAfterSealing_SaysSoAndStillJudgesTheCredentialItself()
    {
        var issued = await Api.IssueSampleAsync(_client);
        var id = TestCredentials.Payload(issued["verifiableCredential"]!.GetValue<string>())["jti"]!.GetValue<string>();
        var pdf = await (await GetAsync($"/credentials/{id}/pdf?lang=en")).Content.ReadAsByteArrayAsync();
        var changed = pdf.Concat(Encoding.ASCII.GetBytes("\n% appended after sealing\n")).ToArray();

        using var body = new ByteArrayContent(changed);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var report = await Bodies.ReadObjectAsync(await _client.PostAsync("/credentials/verify", body));

        report["cleaned"]!.AsArray().Select(n => n!.GetValue<string>()).Should().ContainSingle(n => n.Contains("changed after it was sealed"));
    }

    [Fact]
    public async Task VerifyPdf_WithoutCredential_IsNotVerifiedInOneSentence()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        using var body = new ByteArrayContent(pdf);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        var response = await _client.PostAsync("/credentials/verify", body);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var report = await Bodies.ReadObjectAsync(response);
        report["errors"]!.AsArray().Single()!["code"]!.GetValue<string>().Should().Be("format.pdf-without-credential");
    }

    [Theory]
    [InlineData("/credentials/urn:uuid:00000000-0000-4000-8000-00000000dead/pdf", HttpStatusCode.NotFound)]
    [InlineData("/credentials/x/pdf?lang=de", HttpStatusCode.BadRequest)]
    [InlineData("/batches/batch-unknown/pdfs", HttpStatusCode.NotFound)]
    public async Task GetPdf_UnknownOrBadRequest_IsAPlainClientError(string path, HttpStatusCode expected)
    {
        var response = await GetAsync(path);

        response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task GetPdf_WithoutApiKey_IsUnauthorized()
    {
        var issued = await Api.IssueSampleAsync(_client);
        var id = TestCredentials.Payload(issued["verifiableCredential"]!.GetValue<string>())["jti"]!.GetValue<string>();

        var response = await _client.GetAsync($"/credentials/{id}/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetBatchPdfs_CompletedBatch_IsAZipWithEveryLearnersPdf()
    {
        var template = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "template.json")))!;
        template["id"] = "pdf-" + Guid.NewGuid().ToString("N");
        var submitted = await Api.PostAsync(_client, "/batches", new JsonObject { ["template"] = template, ["learnersCsv"] = File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "learners.csv")) });
        var batchId = (await Bodies.ReadObjectAsync(submitted))["id"]!.GetValue<string>();
        var total = await WaitForAsync(batchId);

        var response = await GetAsync($"/batches/{batchId}/pdfs");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        zip.Entries.Should().HaveCount(total);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            var read = PdfCredentialReader.Read(copy.ToArray());
            read.Credential!.Name.Should().Be(Path.ChangeExtension(entry.Name, ".jwt"));
            read.Signature.Should().Be(PdfSignatureState.Intact);
        }
    }

    [Fact]
    public void Start_PdfSealKeyWithoutCertificate_DoesNotStart()
    {
        using var factory = new WebFactory();
        factory.Settings["Credentials:PdfSealKeyPath"] = Path.Combine(_dir, "seal.key.pem");

        var act = () => factory.CreateClient();

        // Program prints the one-sentence reason and exits 1, so the in-memory host is never built.
        act.Should().Throw<InvalidOperationException>().WithMessage("*exited without ever building*");
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<int> WaitForAsync(string batchId)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var batch = await Bodies.ReadObjectAsync(await GetAsync("/batches/" + batchId));
            if (batch["state"]!.GetValue<string>() != "running")
            {
                batch["state"]!.GetValue<string>().Should().Be("completed");
                return batch["total"]!.GetValue<int>();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("batch " + batchId + " did not finish within a minute");
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFactory.DemoApiKey);
        return await _client.SendAsync(request);
    }
}
