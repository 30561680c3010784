using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Credentials.TestKit;

namespace Credentials.Cli.Tests;

/// <summary>
/// <c>credentials verify</c> with the real EU list of trusted lists and Spanish trusted list (EU DSS test data): the
/// official Europass sample's seal is trusted through the service that issued its certificate, and the report names it.
/// </summary>
public sealed class TrustedListCliTests : IDisposable
{
    private const string Sample = "tests/TestData/elm/samples/Sample-MC-Annex1-signed.jsonld";
    private const string Spanish = "tests/TestData/trusted-lists/ES.xml";
    private const string Lotl = "tests/TestData/trusted-lists/eu-lotl.xml";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cred-tl-" + Guid.NewGuid().ToString("N"));

    public TrustedListCliTests()
    {
        Directory.CreateDirectory(_dir);
    }

    [Fact]
    public void Verify_SampleWithTheLotlAndTheSpanishList_SealTrustedWithListServiceAndStatusNamed()
    {
        // The LOTL's own KeyInfo certificate stands for the signer an operator takes from the Official Journal of the EU.
        var lotlSigner = Pem("lotl-signer.pem", KeyInfoCertificate(Lotl));

        var result = CliRunner.Run("verify", Sample, "--trusted-list", Spanish, "--trusted-list-of-lists", Lotl, "--trusted-list-signers", lotlSigner, "--tsa-anchors", TsaAnchor());

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().StartWith("VERIFIED").And.Contain("[trust.trusted]")
            .And.Contain("ANF AC Qualified Certificates for eSeal")
            .And.Contain("(status granted since 2023-01-31) of the ES trusted list (MINISTRY OF ECONOMY AND BUSINESS)");
        result.Output.Should().NotContain("trust.no-anchor").And.NotContain("trust.anchor-unknown");
    }

    [Fact]
    public void Verify_SampleWithTheSpanishListAndItsOwnSigner_SealTrusted()
    {
        var signer = Pem("es-signer.pem", KeyInfoCertificate(Spanish));

        var result = CliRunner.Run("verify", Sample, "--json", "--trusted-list", Spanish, "--trusted-list-signers", signer, "--tsa-anchors", TsaAnchor());

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("trust.trusted").And.Contain("ES trusted list (MINISTRY OF ECONOMY AND BUSINESS)");
    }

    [Fact]
    public void Verify_SampleWithTheListsButNoTsaAnchor_CouldNotBeFullyVerifiedSayingTheTsaIsNotListed()
    {
        var lotlSigner = Pem("lotl-signer.pem", KeyInfoCertificate(Lotl));

        var result = CliRunner.Run("verify", Sample, "--trusted-list", Spanish, "--trusted-list-of-lists", Lotl, "--trusted-list-signers", lotlSigner);

        result.ExitCode.Should().Be(2, result.Output);
        result.Output.Should().Contain("[proof.no-proof-of-existence]")
            .And.Contain("leads to no service of the configured trusted lists (ES trusted list (MINISTRY OF ECONOMY AND BUSINESS)) that was a granted qualified time-stamping service");
    }

    [Fact]
    public void Verify_LotlWithASignerItIsNotSignedBy_RefusedInOneSentence()
    {
        var wrong = Pem("wrong.pem", KeyInfoCertificate(Spanish));

        var result = CliRunner.Run("verify", Sample, "--trusted-list", Spanish, "--trusted-list-of-lists", Lotl, "--trusted-list-signers", wrong);

        result.ExitCode.Should().Be(3, result.Output);
        result.Error.Should().Contain($"cannot use the list of trusted lists {Lotl}").And.Contain("does not verify");
    }

    [Fact]
    public void Verify_LotlWithoutANationalList_UsageError()
    {
        var result = CliRunner.Run("verify", Sample, "--trusted-list-of-lists", Lotl, "--trusted-list-signers", Pem("lotl-signer.pem", KeyInfoCertificate(Lotl)));

        result.ExitCode.Should().Be(3, result.Output);
        result.Error.Should().Contain("--trusted-list-of-lists needs --trusted-list");
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
    }

    private static X509Certificate2 KeyInfoCertificate(string relative)
    {
        var document = new XmlDocument();
        document.Load(Path.Combine(RepositoryPaths.Root, relative));
        var value = document.GetElementsByTagName("X509Certificate", "http://www.w3.org/2000/09/xmldsig#")
            .Cast<XmlNode>().Single(n => n.ParentNode?.ParentNode?.LocalName == "KeyInfo").InnerText;
        return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value.Trim()));
    }

    // The sample's time-stamp is by DSS's test TSA; its root (in the token) is the TSA anchor, as the other sample tests use it.
    private string TsaAnchor()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, Sample)))!;
        var entry = System.Text.Json.Nodes.JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(root["signatures"]![0]!["header"]!["etsiU"]![0]!.GetValue<string>()))!;
        var cms = new System.Security.Cryptography.Pkcs.SignedCms();
        cms.Decode(Convert.FromBase64String(entry["sigTst"]!["tstTokens"]![0]!["val"]!.GetValue<string>()));
        return Pem("tsa.pem", cms.Certificates.Cast<X509Certificate2>().Single(c => c.Subject == c.Issuer));
    }

    private string Pem(string name, X509Certificate2 certificate)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, certificate.ExportCertificatePem());
        return path;
    }
}
