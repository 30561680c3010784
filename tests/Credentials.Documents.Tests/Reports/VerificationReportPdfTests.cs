using Credentials.Documents.Reports;
using Credentials.Proofs.Findings;
using Credentials.Model.Schema;
using Credentials.TestKit;
using Credentials.Verifier;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Trust;

namespace Credentials.Documents.Tests.Reports;

public sealed class VerificationReportPdfTests
{
    private static readonly DateTimeOffset CheckedAt = new(2026, 12, 3, 9, 30, 15, TimeSpan.Zero);

    [ToolFact("pdftotext")]
    public async Task Write_GenuineCredential_PdftotextShowsVerdictChecksTimeAndContent()
    {
        var report = await VerifyAsync(Certificates.Make().CredentialFile);

        var text = Extract(VerificationReportPdf.Write(new VerificationReportInput(report, "en", CheckedAt) { FileName = "900201.jwt" }));

        report.Verdict.Should().Be(Verdict.Verified, string.Join("; ", report.Problems.Select(p => p.Code)));
        text.Should().Contain("Verification report");
        text.Should().Contain(Flat(Conclusions.Sentence(report, "en")));
        text.Should().Contain("Checked at").And.Contain("2026-12-03 09:30:15 UTC");
        text.Should().Contain("File checked").And.Contain("900201.jwt");
        text.Should().Contain("Checks").And.Contain("passed").And.Contain(Flat(CheckTexts.For(CheckCodes.ProofValid, "en")));
        text.Should().Contain("What the credential states").And.Contain("Siiri");
        text.Should().NotContain("This content is not confirmed");
    }

    [ToolFact("pdftotext")]
    public async Task Write_TamperedCredentialInFinnish_SaysFailedAndWarnsAboutTheContent()
    {
        var file = Certificates.Make().CredentialFile;
        var token = System.Text.Encoding.ASCII.GetString(file).Trim();
        var tampered = token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];
        var report = await VerifyAsync(System.Text.Encoding.ASCII.GetBytes(tampered));

        var text = Extract(VerificationReportPdf.Write(new VerificationReportInput(report, "fi", CheckedAt) { AsOf = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero) }));

        report.Verdict.Should().Be(Verdict.NotVerified);
        text.Should().Contain("Tarkistusraportti").And.Contain(Flat(Conclusions.Sentence(report, "fi")));
        text.Should().Contain("epäonnistui").And.Contain("2026-08-01");
        text.Should().Contain("Tätä sisältöä ei ole vahvistettu");
    }

    private static async Task<VerificationReport> VerifyAsync(byte[] input)
    {
        var verifier = new CredentialVerifier(
            new VerifierOptions { TrustedIssuers = TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)) },
            Certificates.Clock, TestKeys.DidDocuments, SchemaValidator.ElmMicroCredential);
        return await verifier.VerifyAsync(input);
    }

    private static string Extract(byte[] pdf)
    {
        var (exit, text, _) = Tool.Run("pdftotext", Certificates.Save(pdf), "-");
        exit.Should().Be(0);
        return Flat(text);
    }

    // Lines wrap in the PDF: compare texts with every run of whitespace as one space.
    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
