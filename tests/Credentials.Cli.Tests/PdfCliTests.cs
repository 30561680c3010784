using System.Text;
using Credentials.Cli.Tests.Batch;
using Credentials.Documents.Reading;

namespace Credentials.Cli.Tests;

public sealed class PdfCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cred-pdf-" + Guid.NewGuid().ToString("N"));

    public PdfCliTests()
    {
        Directory.CreateDirectory(_dir);
    }

    [Fact]
    public void Issue_WithSealCertificate_WritesASealedPdfBesideTheCredentialWithItInside()
    {
        var keyDir = Path.Combine(_dir, "key");
        var jwt = Path.Combine(_dir, "aijala.jwt");
        CliRunner.Run("keygen", "--type", "ed25519", "--out", keyDir, "--seal", "Pohjoisen yliopisto;VATFI-12345671;FI").ExitCode.Should().Be(0);

        var issued = CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", keyDir, "--out", jwt,
            "--seal-cert", Path.Combine(keyDir, "seal.crt.pem"), "--seal-key", Path.Combine(keyDir, "seal.key.pem"), "--verify-url", "https://verify.uni.example/");

        issued.ExitCode.Should().Be(0, issued.Error);
        issued.Output.Should().Contain("aijala.pdf");
        var read = PdfCredentialReader.Read(File.ReadAllBytes(Path.Combine(_dir, "aijala.pdf")));
        read.Credential!.Content.ToArray().Should().Equal(File.ReadAllBytes(jwt));
        read.Signature.Should().Be(PdfSignatureState.Intact);
        read.SignerCertificate!.Subject.Should().Contain("Pohjoisen yliopisto");
        Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(_dir, "aijala.pdf"))).Should().Contain("https://verify.uni.example/");
    }

    [Fact]
    public void Issue_PdfNone_WritesOnlyTheCredential()
    {
        var jwt = Path.Combine(_dir, "aijala.jwt");

        var issued = CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "keys.example/northern-university", "--out", jwt, "--pdf", "none");

        issued.ExitCode.Should().Be(0, issued.Error);
        File.Exists(jwt).Should().BeTrue();
        File.Exists(Path.Combine(_dir, "aijala.pdf")).Should().BeFalse();
    }

    [Theory]
    [InlineData("--verify-url", "not a url")]
    [InlineData("--verify-url", "ftp://x.example/")]
    [InlineData("--pdf", "some")]
    [InlineData("--lang", "de")]
    public void Issue_BadPdfOption_IsAUsageErrorInOneLine(string option, string value)
    {
        var result = CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "keys.example/northern-university", "--out", Path.Combine(_dir, "x.jwt"), option, value);

        result.ExitCode.Should().Be(3);
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void IssueBatch_Sample_WritesAPdfPerLearnerAndRemakesAMissingOneOnRerun()
    {
        using var ws = new BatchWorkspace();
        var learners = Credentials.TestKit.RepositoryPaths.InRepo("samples", "batch", "learners.csv");

        var first = CliRunner.Run([.. ws.IssueArgs(learners), "--lang", "sv"]);
        var pdfs = Directory.GetFiles(ws.Out, "*.pdf").Order(StringComparer.Ordinal).ToList();
        File.Delete(pdfs[0]);
        var second = CliRunner.Run(ws.IssueArgs(learners));

        first.ExitCode.Should().Be(0, first.Error);
        pdfs.Should().HaveCount(4);
        second.ExitCode.Should().Be(0, second.Error);
        File.Exists(pdfs[0]).Should().BeTrue("the re-run makes the PDF again from the credential file it holds");
        foreach (var pdf in pdfs)
        {
            var read = PdfCredentialReader.Read(File.ReadAllBytes(pdf));
            read.Credential!.Content.ToArray().Should().Equal(File.ReadAllBytes(Path.ChangeExtension(pdf, ".jwt")));
            read.Signature.Should().Be(PdfSignatureState.None);
        }
    }

    [Fact]
    public void IssueBatch_PdfNone_WritesNoPdf()
    {
        using var ws = new BatchWorkspace();

        var run = CliRunner.Run([.. ws.IssueArgs(ws.Learners(2)), "--pdf", "none"]);

        run.ExitCode.Should().Be(0, run.Error);
        Directory.GetFiles(ws.Out, "*.jwt").Should().HaveCount(2);
        Directory.GetFiles(ws.Out, "*.pdf").Should().BeEmpty();
    }

    [Fact]
    public async Task IssueBatch_ShareLinks_ManifestListsEveryLearnerWithFilesAndAShareLinkInTheRegistry()
    {
        using var ws = new BatchWorkspace();
        var learners = Credentials.TestKit.RepositoryPaths.InRepo("samples", "batch", "learners.csv");

        var run = CliRunner.Run([.. ws.IssueArgs(learners), "--keep-credentials", "--share-links", "--verify-url", "https://verify.uni.example/"]);

        run.ExitCode.Should().Be(0, run.Error);
        var lines = File.ReadAllLines(Path.Combine(ws.Out, "manifest.csv"));
        lines[0].Should().Be("student_number;credential_id;credential_file;pdf_file;share_link;link_expiry");
        lines.Should().HaveCount(5);
        var opened = await Storage.RegistryStorage.OpenAsync(ws.Db);
        await using var storage = opened.Storage!;
        foreach (var row in lines.Skip(1).Select(l => l.Split(';')))
        {
            File.Exists(Path.Combine(ws.Out, row[2])).Should().BeTrue();
            File.Exists(Path.Combine(ws.Out, row[3])).Should().BeTrue();
            row[4].Should().MatchRegex("^https://verify.uni.example/s/[A-Za-z0-9_-]{22}$");
            var link = await storage.ShareLinks.FindAsync(row[4][(row[4].LastIndexOf('/') + 1)..]);
            link!.CredentialId.Should().Be(row[1]);
            DateTimeOffset.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture).Should().Be(link.ExpiresAt);
        }

        var rerun = CliRunner.Run([.. ws.IssueArgs(learners), "--keep-credentials", "--share-links", "--verify-url", "https://verify.uni.example/"]);
        rerun.ExitCode.Should().Be(0, rerun.Error);
        File.ReadAllLines(Path.Combine(ws.Out, "manifest.csv")).Should().Equal(lines, "a re-run keeps each learner's working link");
    }

    [Fact]
    public void IssueBatch_WithoutShareLinks_ManifestHasNoLinkAndShareLinksNeedKeptContent()
    {
        using var ws = new BatchWorkspace();

        var run = CliRunner.Run(ws.IssueArgs(ws.Learners(2)));
        var refused = CliRunner.Run([.. ws.IssueArgs(ws.Learners(2)), "--share-links", "--verify-url", "https://verify.uni.example/"]);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllLines(Path.Combine(ws.Out, "manifest.csv")).Skip(1).Should().HaveCount(2).And.OnlyContain(l => l.EndsWith(".pdf;;", StringComparison.Ordinal));
        refused.ExitCode.Should().Be(3);
        refused.Error.Should().Contain("--keep-credentials");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
