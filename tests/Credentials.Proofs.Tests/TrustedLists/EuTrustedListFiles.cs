using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Credentials.Proofs.TrustedLists;
using Credentials.TestKit;

namespace Credentials.Proofs.Tests.TrustedLists;

/// <summary>The real EU list of trusted lists and Spanish trusted list kept in the EU DSS project's test data.</summary>
internal static class EuTrustedListFiles
{
    public static string LotlPath => RepositoryPaths.InTestData("trusted-lists", "eu-lotl.xml");

    public static string SpanishPath => RepositoryPaths.InTestData("trusted-lists", "ES.xml");

    public static string Lotl => File.ReadAllText(LotlPath);

    public static string Spanish => File.ReadAllText(SpanishPath);

    /// <summary>
    /// The certificate in the LOTL's own KeyInfo. An operator takes the LOTL signers from the Official Journal of the
    /// EU; for the test, the certificate the LOTL carries stands for the one the Journal publishes.
    /// </summary>
    public static X509Certificate2 LotlSigner() => KeyInfoCertificate(LotlPath);

    /// <summary>The EU LOTL, verified with its own signer certificate.</summary>
    public static ListOfTrustedLists LoadLotl() => ListOfTrustedLists.Load(Lotl, [LotlSigner()]);

    /// <summary>The Spanish list, verified with the signer certificates the LOTL names for ES.</summary>
    public static TrustedList LoadSpanish() => LoadLotl().LoadNational(Spanish);

    /// <summary>The signing certificate an enveloped XML signature carries in its KeyInfo.</summary>
    public static X509Certificate2 KeyInfoCertificate(string path)
    {
        var document = new XmlDocument();
        document.Load(path);
        var value = document.GetElementsByTagName("X509Certificate", "http://www.w3.org/2000/09/xmldsig#")
            .Cast<XmlNode>().Single(n => n.ParentNode?.ParentNode?.LocalName == "KeyInfo").InnerText;
        return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value.Trim()));
    }
}
