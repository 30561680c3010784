using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Credentials.Proofs.Tests.TrustedLists;

/// <summary>Writes a small ETSI TS 119 612 trusted list and signs it (enveloped XML signature) for tests.</summary>
internal static class TestTrustedList
{
    public const string Operator = "Test Supervisory Body";

    public static (X509Certificate2 Signer, RSA Key) Signer()
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Trusted List Signer, O=Test Supervisory Body, C=FI", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return (request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(5)), key);
    }

    /// <summary>The list XML with one service per entry, signed by <paramref name="key"/>.</summary>
    public static string Signed(RSA key, params (string Name, string Type, string Status, X509Certificate2 Certificate)[] services) =>
        SignedFor("FI", key, services);

    /// <summary>The list of <paramref name="territory"/> with one service per entry, signed by <paramref name="key"/>.</summary>
    public static string SignedFor(string territory, RSA key, params (string Name, string Type, string Status, X509Certificate2 Certificate)[] services) =>
        SignedServices(territory, key, [.. services.Select(s => Service(s.Name, s.Type, s.Status, new DateTimeOffset(2016, 7, 1, 0, 0, 0, TimeSpan.Zero), s.Certificate))]);

    /// <summary>
    /// One TSPService: its current status from <paramref name="starting"/>, and a ServiceHistory (ETSI TS 119 612
    /// §5.5.10) with one instance per entry of <paramref name="history"/>, each with its own type and status.
    /// </summary>
    public static string Service(string name, string type, string status, DateTimeOffset starting, X509Certificate2 certificate, params (string Type, string Status, DateTimeOffset Starting)[] history)
    {
        var historyXml = history.Length == 0 ? string.Empty : "<ServiceHistory>" + string.Concat(history.Select(h => $"""
            <ServiceHistoryInstance>
              <ServiceTypeIdentifier>{h.Type}</ServiceTypeIdentifier>
              <ServiceName><Name xml:lang="en">{name}</Name></ServiceName>
              <ServiceDigitalIdentity><DigitalId><X509SKI>{certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Select(e => Convert.ToBase64String(e.SubjectKeyIdentifierBytes.Span)).FirstOrDefault()}</X509SKI></DigitalId></ServiceDigitalIdentity>
              <ServiceStatus>{h.Status}</ServiceStatus>
              <StatusStartingTime>{h.Starting.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)}</StatusStartingTime>
            </ServiceHistoryInstance>
            """)) + "</ServiceHistory>";
        return $"""
            <TSPService><ServiceInformation>
              <ServiceTypeIdentifier>{type}</ServiceTypeIdentifier>
              <ServiceName><Name xml:lang="en">{name}</Name></ServiceName>
              <ServiceDigitalIdentity><DigitalId><X509Certificate>{Convert.ToBase64String(certificate.RawData)}</X509Certificate></DigitalId></ServiceDigitalIdentity>
              <ServiceStatus>{status}</ServiceStatus>
              <StatusStartingTime>{starting.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)}</StatusStartingTime>
            </ServiceInformation>{historyXml}</TSPService>
            """;
    }

    /// <summary>The list of <paramref name="territory"/> with the given TSPService elements, signed by <paramref name="key"/>.</summary>
    public static string SignedServices(string territory, RSA key, params string[] services)
    {
        var xml = $"""
            <TrustServiceStatusList xmlns="http://uri.etsi.org/02231/v2#" Id="tsl" TSLTag="http://uri.etsi.org/19612/TSLTag">
              <SchemeInformation>
                <TSLVersionIdentifier>5</TSLVersionIdentifier>
                <SchemeOperatorName><Name xml:lang="en">{Operator}</Name></SchemeOperatorName>
                <SchemeTerritory>{territory}</SchemeTerritory>
              </SchemeInformation>
              <TrustServiceProviderList><TrustServiceProvider>
                <TSPInformation><TSPName><Name xml:lang="en">Test QTSP</Name></TSPName></TSPInformation>
                <TSPServices>{string.Concat(services)}</TSPServices>
              </TrustServiceProvider></TrustServiceProviderList>
            </TrustServiceStatusList>
            """;
        return Sign(xml, key);
    }

    /// <summary>An EU list of trusted lists pointing to each territory's list and its signer certificate.</summary>
    public static string ListOfLists(RSA key, params (string Territory, X509Certificate2 Signer)[] pointers)
    {
        var pointerXml = string.Concat(pointers.Select(p => $"""
            <OtherTSLPointer>
              <ServiceDigitalIdentities><ServiceDigitalIdentity><DigitalId><X509Certificate>{Convert.ToBase64String(p.Signer.RawData)}</X509Certificate></DigitalId></ServiceDigitalIdentity></ServiceDigitalIdentities>
              <TSLLocation>https://tl.example/{p.Territory}.xml</TSLLocation>
              <AdditionalInformation><OtherInformation><SchemeTerritory>{p.Territory}</SchemeTerritory></OtherInformation></AdditionalInformation>
            </OtherTSLPointer>
            """));
        var xml = $"""
            <TrustServiceStatusList xmlns="http://uri.etsi.org/02231/v2#" Id="lotl" TSLTag="http://uri.etsi.org/19612/TSLTag">
              <SchemeInformation>
                <TSLVersionIdentifier>5</TSLVersionIdentifier>
                <SchemeOperatorName><Name xml:lang="en">Test Commission</Name></SchemeOperatorName>
                <SchemeTerritory>EU</SchemeTerritory>
                <PointersToOtherTSL>{pointerXml}</PointersToOtherTSL>
              </SchemeInformation>
            </TrustServiceStatusList>
            """;
        return Sign(xml, key);
    }

    private static string Sign(string xml, RSA key)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(xml);
        var signed = new SignedXml(document) { SigningKey = key };
        var reference = new Reference(string.Empty);
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), true));
        return document.OuterXml;
    }
}
