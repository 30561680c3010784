using System.Text;
using BenchmarkDotNet.Attributes;
using Credentials.Documents;
using Credentials.Documents.Certificates;
using Credentials.Documents.Signing;
using Credentials.Issuer.Issuing;
using Credentials.Model.Schema;
using Credentials.Proofs.Jades;
using Credentials.TestKit;

namespace Credentials.Benchmarks.Documents;

/// <summary>
/// The learner's PDF certificate of the Northern sample (three language pages, QR code, the credential embedded),
/// unsigned and sealed with a P-256 seal certificate (PAdES B-B). Target: ≤ 20 ms per PDF, so 1,000 PDFs take at most
/// 20 s on one core. Run: <c>dotnet run -c Release --project tests/Credentials.Benchmarks -- --filter '*PdfCertificate*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PdfCertificateBenchmarks
{
    private PdfCertificateWriter _writer = null!;
    private CertificateInput _input = null!;
    private PdfSeal _seal = null!;

    [GlobalSetup]
    public void Setup()
    {
        var issuer = new CredentialIssuer(TestKeys.Northern, TimeProvider.System, SchemaValidator.ElmMicroCredential);
        var token = issuer.Issue(TestKit.Samples.Northern).Secured!;
        _input = new CertificateInput
        {
            CredentialFile = Encoding.UTF8.GetBytes(token + "\n"),
            CredentialFileName = "900201.jwt",
            VerificationUrl = "https://credentials.example/s/AAECAwQFBgcICQoLDA0ODw",
        };
        _seal = new PdfSeal(TestSealCertificate.Create("Northern University of Technology", "VATFI-12345671", "FI", TimeProvider.System));
        _writer = new PdfCertificateWriter(TimeProvider.System);
    }

    [Benchmark(Baseline = true)]
    public int Unsigned() => _writer.Write(_input).Length;

    [Benchmark]
    public int Sealed() => _writer.Write(_input, _seal).Length;
}
