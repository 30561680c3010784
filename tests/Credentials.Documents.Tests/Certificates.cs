using System.Text;
using System.Text.Json;
using Credentials.Documents.Certificates;
using Credentials.Documents.Signing;
using Credentials.Issuer.Issuing;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Schema;
using Credentials.Proofs.Jades;
using Credentials.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Documents.Tests;

/// <summary>Issues a real credential from a sample and makes its PDF, as the CLI does.</summary>
internal static class Certificates
{
    public const string Link = "https://credentials.example/s/AAECAwQFBgcICQoLDA0ODw";

    public static FakeTimeProvider Clock { get; } = new(Samples.IssuedAt);

    private static readonly Lazy<PdfSeal> LazySeal = new(() => new PdfSeal(
        TestSealCertificate.Create("Northern University of Technology", "VATFI-12345671", "FI", Clock)));

    public static PdfSeal Seal => LazySeal.Value;

    public static (byte[] Pdf, byte[] CredentialFile) Make(MicroCredential? credential = null, string? language = null, PdfSeal? seal = null, bool fileOnly = false)
    {
        var issuer = new CredentialIssuer(TestKeys.Northern, Clock, SchemaValidator.ElmMicroCredential);
        var result = issuer.Issue(credential ?? Samples.Northern);
        result.Succeeded.Should().BeTrue(string.Join("; ", result.Problems.Select(p => p.Message)));
        var file = Encoding.UTF8.GetBytes(result.Secured + "\n");
        using var document = JsonDocument.Parse(result.Credential!.ToJsonString());
        var pdf = new PdfCertificateWriter(Clock).Write(new CertificateInput
        {
            Credential = fileOnly ? null : document.RootElement.Clone(),
            CredentialFile = file,
            CredentialFileName = "900201.jwt",
            VerificationUrl = Link,
            Language = language,
        }, seal);
        return (pdf, file);
    }

    public static string Save(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("pdf-tests").FullName;
        var path = Path.Combine(folder, "certificate.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
