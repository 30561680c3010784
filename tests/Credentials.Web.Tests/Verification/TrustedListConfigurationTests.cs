using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Xml;
using Credentials.TestKit;
using Credentials.Web.Tests.Infrastructure;

namespace Credentials.Web.Tests.Verification;

/// <summary>
/// The service configured with the real EU list of trusted lists and Spanish trusted list (EU DSS test data):
/// <c>Credentials:TrustedListOfListsPath</c>, <c>TrustedListPaths</c>, <c>TrustedListSignersPath</c>. The official
/// Europass sample's seal is trusted through the Spanish service that issued its certificate, judged at its time-stamp.
/// </summary>
public sealed class TrustedListConfigurationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-tl-").FullName;

    [Fact]
    public async Task Verify_OfficialSampleWithTheLotlAndTheSpanishListConfigured_TrustedNamingListServiceAndStatus()
    {
        using var factory = new WebFactory();
        factory.Settings["Credentials:TrustedListOfListsPath"] = RepositoryPaths.InTestData("trusted-lists", "eu-lotl.xml");
        factory.Settings["Credentials:TrustedListPaths:0"] = RepositoryPaths.InTestData("trusted-lists", "ES.xml");
        // The LOTL's own KeyInfo certificate stands for the signer the Official Journal of the EU publishes.
        factory.Settings["Credentials:TrustedListSignersPath"] = Pem("lotl-signer.pem", KeyInfoCertificate(RepositoryPaths.InTestData("trusted-lists", "eu-lotl.xml")));
        factory.Settings["Credentials:TsaTrustAnchorsPath"] = Pem("tsa.pem", SampleTsaRoot());
        using var client = factory.CreateClient();
        var sample = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld")))!;

        var report = await Bodies.ReadObjectAsync(await client.PostAsync("/credentials/verify", Bodies.Json(new JsonObject { ["verifiableCredential"] = sample })));

        var trust = report["results"]!.AsArray().Single(r => r!["check"]!.GetValue<string>() == "trust")!;
        trust["code"]!.GetValue<string>().Should().Be("trust.trusted", report.ToJsonString());
        trust["message"]!.GetValue<string>().Should().Contain("ANF AC Qualified Certificates for eSeal")
            .And.Contain("(status granted since 2023-01-31) of the ES trusted list (MINISTRY OF ECONOMY AND BUSINESS)");
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
    }

    private static X509Certificate2 KeyInfoCertificate(string path)
    {
        var document = new XmlDocument();
        document.Load(path);
        var value = document.GetElementsByTagName("X509Certificate", "http://www.w3.org/2000/09/xmldsig#")
            .Cast<XmlNode>().Single(n => n.ParentNode?.ParentNode?.LocalName == "KeyInfo").InnerText;
        return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value.Trim()));
    }

    private static X509Certificate2 SampleTsaRoot()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld")))!;
        var entry = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(root["signatures"]![0]!["header"]!["etsiU"]![0]!.GetValue<string>()))!;
        var cms = new System.Security.Cryptography.Pkcs.SignedCms();
        cms.Decode(Convert.FromBase64String(entry["sigTst"]!["tstTokens"]![0]!["val"]!.GetValue<string>()));
        return cms.Certificates.Cast<X509Certificate2>().Single(c => c.Subject == c.Issuer);
    }

    private string Pem(string name, X509Certificate2 certificate)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, certificate.ExportCertificatePem());
        return path;
    }
}
