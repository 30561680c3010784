using Credentials.TestKit;
using Credentials.Verifier;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Trust;
using Credentials.Model.Schema;

namespace Credentials.Documents.Tests;

public sealed class PdfCertificateWriterTests
{
    [ToolFact("pdftotext")]
    public void Write_NorthernSample_PdftotextShowsLearnerTitleEctsIssuerInFinnishFirst()
    {
        var (pdf, _) = Certificates.Make();

        var (exit, text, _) = Tool.Run("pdftotext", "-layout", Certificates.Save(pdf), "-");

        exit.Should().Be(0);
        text.Should().Contain("Todistus").And.Contain("Koneoppimisen perusteet").And.Contain("Pohjoisen yliopisto")
            .And.Contain("5 opintopistettä (ECTS)").And.Contain("135 tuntia").And.Contain("EQF-taso");
        var samples = Samples.Northern.Learner;
        text.Should().Contain(samples.FullName);
        text.IndexOf("Koneoppimisen perusteet", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Grunderna i maskininlärning", StringComparison.Ordinal));
        text.IndexOf("Grunderna i maskininlärning", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Foundations of Machine Learning", StringComparison.Ordinal));
        text.Should().Contain("5 ECTS credits").And.Contain("Northern University of Technology").And.Contain("5 studiepoäng (ECTS)");
        text.Should().Contain(Certificates.Link.Replace("https://", "", StringComparison.Ordinal)[..20]);
    }

    [ToolFact("pdftotext")]
    public void Write_SwedishLearner_SwedishPageFirstWithEveryAnnexItem()
    {
        var (pdf, _) = Certificates.Make(language: "sv");

        var (_, text, _) = Tool.Run("pdftotext", Certificates.Save(pdf), "-");

        var swedish = text[..text.IndexOf("Koneoppimisen perusteet", StringComparison.Ordinal)];
        swedish.Should().Contain("Intyg").And.Contain("Grunderna i maskininlärning").And.Contain("Nordliga universitetet")
            .And.Contain("Utfärdat").And.Contain("Läranderesultat").And.Contain("Kan välja och utvärdera klassificeringsmodeller.")
            .And.Contain("Bedömning").And.Contain("Vitsord").And.Contain("Deltagandeform").And.Contain("Kvalitetssäkring")
            .And.Contain("Stapelbarhet").And.Contain("Intygets identifierare").And.Contain("urn:uuid:");
    }

    [ToolFact("pdftotext")]
    public void Write_OnlyTheSignedJwtFile_ShowsTheContentReadFromIt()
    {
        var (pdf, _) = Certificates.Make(fileOnly: true);

        var (_, text, _) = Tool.Run("pdftotext", Certificates.Save(pdf), "-");

        text.Should().Contain("Koneoppimisen perusteet").And.Contain("5 opintopistettä (ECTS)").And.Contain("Myönnetty");
    }

    [Fact]
    public void Write_FileThatIsNoCredential_ThrowsArgumentException()
    {
        var act = () => new PdfCertificateWriter(Certificates.Clock).Write(new Documents.Certificates.CertificateInput
        {
            CredentialFile = "not a credential"u8.ToArray(),
            CredentialFileName = "x.jwt",
            VerificationUrl = Certificates.Link,
        });

        act.Should().Throw<ArgumentException>();
    }

    [ToolFact("pdftotext")]
    public void Write_SamiAndNordicLetters_AreDrawnWithTheBundledFont()
    {
        var sample = Samples.Northern;
        var credential = sample with { Learner = sample.Learner with { GivenName = "Máret Áŋŋá", FamilyName = "Čuđiš-Ŧežžá Åström Öövel" } };

        var (pdf, _) = Certificates.Make(credential);

        var (_, text, _) = Tool.Run("pdftotext", Certificates.Save(pdf), "-");
        text.Should().Contain("Máret Áŋŋá Čuđiš-Ŧežžá Åström Öövel");
    }

    [ToolFact("pdfdetach")]
    public async Task Write_EmbedsCredential_PdfdetachExtractsTheIdenticalFileWhichVerifies()
    {
        var (pdf, file) = Certificates.Make();
        var path = Certificates.Save(pdf);
        var extracted = Path.Combine(Path.GetDirectoryName(path)!, "extracted.jwt");

        var (list, listed, _) = Tool.Run("pdfdetach", "-list", path);
        var (exit, _, _) = Tool.Run("pdfdetach", "-save", "1", "-o", extracted, path);

        list.Should().Be(0);
        listed.Should().Contain("900201.jwt");
        exit.Should().Be(0);
        File.ReadAllBytes(extracted).Should().Equal(file);
        var verifier = new CredentialVerifier(
            new VerifierOptions { TrustedIssuers = TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)) },
            Certificates.Clock, TestKeys.DidDocuments, SchemaValidator.ElmMicroCredential);
        var report = await verifier.VerifyAsync(File.ReadAllBytes(extracted));
        report.Verdict.Should().Be(Verdict.Verified, string.Join("; ", report.Problems.Select(p => p.Code)));
    }

    [ToolFact("pdftoppm", "zbarimg")]
    public void Write_QrCode_DecodesToTheVerificationLink()
    {
        var (pdf, _) = Certificates.Make();
        var path = Certificates.Save(pdf);
        var prefix = Path.Combine(Path.GetDirectoryName(path)!, "page");

        Tool.Run("pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", path, prefix).ExitCode.Should().Be(0);
        var image = Directory.GetFiles(Path.GetDirectoryName(path)!, "page*.png").Single();
        var (exit, _, decoded) = Tool.Run("zbarimg", "--raw", "-q", image);

        exit.Should().Be(0);
        decoded.Trim().Should().Be(Certificates.Link);
    }

    [ToolFact("pdfsig")]
    public void Write_WithSeal_PdfsigReportsAValidPadesSignature()
    {
        var (pdf, _) = Certificates.Make(seal: Certificates.Seal);

        var (_, report, _) = Tool.Run("pdfsig", Certificates.Save(pdf));

        report.Should().Contain("Signature Type: ETSI.CAdES.detached")
            .And.Contain("Signature Validation: Signature is Valid.")
            .And.Contain("Total document signed")
            .And.Contain("Northern University of Technology");
    }

    [ToolFact("pdfsig")]
    public void Write_WithoutSeal_PdfsigFindsNoSignature()
    {
        var (pdf, _) = Certificates.Make();

        var (_, report, _) = Tool.Run("pdfsig", Certificates.Save(pdf));

        report.Should().Contain("does not contain any signatures");
    }
}
