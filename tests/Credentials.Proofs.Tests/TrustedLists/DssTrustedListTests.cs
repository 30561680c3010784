using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Credentials.Proofs.TrustedLists;
using Credentials.TestKit;

namespace Credentials.Proofs.Tests.TrustedLists;

/// <summary>The Finnish trusted list from the EU DSS project's test data: a real list with a real XAdES signature.</summary>
public sealed class DssTrustedListTests
{
    private static readonly string ListPath = RepositoryPaths.InTestData("trusted-lists", "fi-v5.xml");

    private static readonly string LuxembourgPath = RepositoryPaths.InTestData("trusted-lists", "LU.xml");

    [Fact]
    public void Load_FinnishList_SignatureVerifiesAndNoCaForSealsBecomesAnAnchor()
    {
        var list = TrustedList.Load(File.ReadAllText(ListPath), [SigningCertificate(ListPath)]);

        var anchors = TrustedListAnchors.From([list], new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero));

        list.Name.Should().StartWith("FI trusted list (");
        list.Services.Should().Contain(s => s.Type == TrustedList.QualifiedCa && s.AdditionalInformation.Contains("http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSignatures"));
        anchors.SealAnchors.Count.Should().Be(0, "the Finnish list has qualified CAs for signatures and websites only");
    }

    [Fact]
    public void Load_LuxembourgList_GrantedSealCasAndTimeStampingServicesBecomeAnchors()
    {
        var list = TrustedList.Load(File.ReadAllText(LuxembourgPath), [SigningCertificate(LuxembourgPath)]);

        var anchors = TrustedListAnchors.From([list], new DateTimeOffset(2019, 9, 1, 0, 0, 0, TimeSpan.Zero));

        list.Name.Should().StartWith("LU trusted list (");
        anchors.SealAnchors.Count.Should().BeGreaterThan(0);
        anchors.TsaAnchors.Count.Should().BeGreaterThan(0);
        anchors.Names.Values.Should().OnlyContain(n => n.Contains("status granted", StringComparison.Ordinal) && n.Contains("LU trusted list", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FinnishListWithOneServiceNameChanged_Refused()
    {
        var text = File.ReadAllText(ListPath);
        var at = text.IndexOf("<ServiceName>", StringComparison.Ordinal);
        var nameStart = text.IndexOf('>', text.IndexOf("<Name", at, StringComparison.Ordinal)) + 1;
        var tampered = text[..nameStart] + "X" + text[(nameStart + 1)..];

        var act = () => TrustedList.Load(tampered, [SigningCertificate(ListPath)]);

        act.Should().Throw<TrustedListException>().WithMessage("*does not verify*");
    }

    [Fact]
    public void Load_FinnishListWithAnUnrelatedSigner_Refused()
    {
        var (other, key) = TestTrustedList.Signer();
        using (other)
        using (key)
        {
            var act = () => TrustedList.Load(File.ReadAllText(ListPath), [other]);

            act.Should().Throw<TrustedListException>();
        }
    }

    // The operator takes the signer from the EU list of trusted lists; here it is the certificate in the list's KeyInfo.
    private static X509Certificate2 SigningCertificate(string path)
    {
        var document = new XmlDocument();
        document.Load(path);
        var value = document.GetElementsByTagName("X509Certificate", "http://www.w3.org/2000/09/xmldsig#")[0]!.InnerText;
        return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value.Trim()));
    }
}
