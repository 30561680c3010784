using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Credentials.Proofs.TrustedLists;

/// <summary>
/// An EU trusted list (ETSI TS 119 612 v2): its enveloped XML signature is verified against a certificate the
/// operator configures, then its qualified CA services for seals and its qualified time-stamping services whose
/// status at the relevant time is granted become anchors. Files only: the operator downloads the lists; nothing is fetched. The
/// signer certificates may come from the EU list of trusted lists (<see cref="ListOfTrustedLists"/>).
/// </summary>
public sealed class TrustedList
{
    /// <summary>ETSI TS 119 612 service type of a CA issuing qualified certificates.</summary>
    public const string QualifiedCa = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC";

    /// <summary>ETSI TS 119 612 service type of a qualified time-stamping service.</summary>
    public const string QualifiedTimeStamping = "http://uri.etsi.org/TrstSvc/Svctype/TSA/QTST";

    /// <summary>The status of a service that is (still) qualified.</summary>
    public const string Granted = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted";

    private const string Tsl = "http://uri.etsi.org/02231/v2#";
    private const string ForeSeals = "http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSeals";
    private const int MaxBytes = 16 * 1024 * 1024;

    private TrustedList(string name, IReadOnlyList<TrustedService> services)
    {
        Name = name;
        Services = services;
    }

    /// <summary>"FI trusted list (operator name)".</summary>
    public string Name { get; }

    /// <summary>Every service of the list with its certificates.</summary>
    public IReadOnlyList<TrustedService> Services { get; }

    /// <summary>
    /// The qualified CA services that could issue seal certificates at <paramref name="at"/>: the status that applied
    /// then (the current one, else the ServiceHistory instance whose period covers it, ETSI TS 119 612 §5.5.10) is
    /// granted, of type CA/QC, and for seals. A service withdrawn before <paramref name="at"/> is none of them.
    /// </summary>
    public IEnumerable<TrustedService> SealServices(DateTimeOffset at) =>
        Services.Where(s => s.StatusAt(at) is { Type: QualifiedCa, Status: Granted } status && ForSeals(status));

    /// <summary>The qualified time-stamping services granted at <paramref name="at"/> (by the status that applied then).</summary>
    public IEnumerable<TrustedService> TimeStampingServices(DateTimeOffset at) =>
        Services.Where(s => s.StatusAt(at) is { Type: QualifiedTimeStamping, Status: Granted });

    /// <summary>Loads and verifies a trusted list.</summary>
    /// <param name="xml">The list's XML text.</param>
    /// <param name="signers">The certificates the list may be signed with (e.g. from the EU list of trusted lists).</param>
    /// <exception cref="TrustedListException">The list is unreadable, unsigned, or not signed by one of <paramref name="signers"/>.</exception>
    public static TrustedList Load(string xml, X509Certificate2Collection signers)
    {
        ArgumentNullException.ThrowIfNull(signers);
        var (root, ns) = ReadVerified(xml, signers, "trusted list");
        var territory = Territory(root, ns);
        var operatorName = First(root, "tsl:SchemeInformation/tsl:SchemeOperatorName/tsl:Name", ns) ?? "unknown operator";
        var name = $"{territory} trusted list ({operatorName})";
        var services = new List<TrustedService>();
        foreach (XmlElement service in root.SelectNodes("tsl:TrustServiceProviderList/tsl:TrustServiceProvider/tsl:TSPServices/tsl:TSPService", ns)!)
        {
            services.Add(ReadService(service, name, ns));
        }

        return new TrustedList(name, services);
    }

    /// <summary>The list's root after its signature verified with one of <paramref name="signers"/>.</summary>
    internal static (XmlElement Root, XmlNamespaceManager Ns) ReadVerified(string xml, X509Certificate2Collection signers, string what)
    {
        var (document, root, ns) = Read(xml, what);
        VerifySignature(document, root, signers);
        return (root, ns);
    }

    /// <summary>The list's root, its signature not yet checked (to find which signers apply).</summary>
    internal static (XmlDocument Document, XmlElement Root, XmlNamespaceManager Ns) Read(string xml, string what)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxBytes)
        {
            throw new TrustedListException($"the {what} is larger than {MaxBytes} characters");
        }

        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document.Load(reader);
        }
        catch (XmlException e)
        {
            throw new TrustedListException($"the {what} is not well-formed XML: " + e.Message, e);
        }

        var root = document.DocumentElement;
        if (root is null || root.LocalName != "TrustServiceStatusList" || root.NamespaceURI != Tsl)
        {
            throw new TrustedListException("the file is not an ETSI TS 119 612 trusted list (no TrustServiceStatusList)");
        }

        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("tsl", Tsl);
        return (document, root, ns);
    }

    internal static string Territory(XmlNode root, XmlNamespaceManager ns) =>
        root.SelectSingleNode("tsl:SchemeInformation/tsl:SchemeTerritory", ns)?.InnerText.Trim() ?? "?";

    // ETSI TS 119 612 §5.7.1: the list carries one enveloped XAdES signature over the whole list.
    internal static void VerifySignature(XmlDocument document, XmlElement root, X509Certificate2Collection signers)
    {
        var signatures = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl);
        if (signatures.Count != 1)
        {
            throw new TrustedListException($"the trusted list carries {signatures.Count} XML signatures; exactly one is required");
        }

        var signed = new SignedXml(document);
        try
        {
            signed.LoadXml((XmlElement)signatures[0]!);
        }
        catch (CryptographicException e)
        {
            throw new TrustedListException("the trusted list's signature is malformed: " + e.Message, e);
        }

        var rootId = root.GetAttribute("Id");
        var coversList = signed.SignedInfo!.References.Cast<Reference>().Any(r => r.Uri == string.Empty || (rootId.Length > 0 && r.Uri == "#" + rootId));
        if (!coversList)
        {
            throw new TrustedListException("the trusted list's signature does not cover the whole list");
        }

        foreach (var signer in signers)
        {
            try
            {
                if (signed.CheckSignature(signer, verifySignatureOnly: true))
                {
                    return;
                }
            }
            catch (CryptographicException)
            {
                // A signer of another key type: try the next one.
            }
        }

        throw new TrustedListException("the trusted list's signature does not verify with any configured trusted-list signer certificate");
    }

    private static TrustedService ReadService(XmlElement tspService, string listName, XmlNamespaceManager ns)
    {
        var service = tspService.SelectSingleNode("tsl:ServiceInformation", ns) as XmlElement
            ?? throw new TrustedListException($"a service in the {listName} has no ServiceInformation");
        var certificates = new List<X509Certificate2>();
        foreach (XmlNode value in service.SelectNodes("tsl:ServiceDigitalIdentity/tsl:DigitalId/tsl:X509Certificate", ns)!)
        {
            try
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value.InnerText.Trim())));
            }
            catch (Exception e) when (e is FormatException or CryptographicException)
            {
                throw new TrustedListException($"a certificate of the service '{First(service, "tsl:ServiceName/tsl:Name", ns)}' in the {listName} is unreadable", e);
            }
        }

        var current = Status(service, ns);
        var history = tspService.SelectNodes("tsl:ServiceHistory/tsl:ServiceHistoryInstance", ns)!.Cast<XmlElement>().Select(h => Status(h, ns)).ToList();
        return new TrustedService(listName, First(service, "tsl:ServiceName/tsl:Name", ns) ?? "unnamed service", current.Type, current.Status, current.StatusStarting, certificates)
        {
            AdditionalInformation = current.AdditionalInformation,
            History = history,
        };
    }

    // TS 119 612 §5.5 and §5.5.10: ServiceInformation and each ServiceHistoryInstance carry type, status, its start and extensions.
    // A start that cannot be read never applies.
    private static ServiceHistoryInstance Status(XmlElement element, XmlNamespaceManager ns)
    {
        var starting = element.SelectSingleNode("tsl:StatusStartingTime", ns)?.InnerText.Trim();
        var extensions = element.SelectNodes("tsl:ServiceInformationExtensions/tsl:Extension/tsl:AdditionalServiceInformation/tsl:URI", ns)!
            .Cast<XmlNode>().Select(n => n.InnerText.Trim()).ToList();
        return new ServiceHistoryInstance(
            element.SelectSingleNode("tsl:ServiceTypeIdentifier", ns)?.InnerText.Trim() ?? string.Empty,
            element.SelectSingleNode("tsl:ServiceStatus", ns)?.InnerText.Trim() ?? string.Empty,
            DateTimeOffset.TryParse(starting, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : DateTimeOffset.MaxValue,
            extensions);
    }

    // TS 119 612 §5.5.9.4: a CA/QC service may say which qualified certificates it issues; when it says, seals must be among them.
    private static bool ForSeals(ServiceHistoryInstance status) =>
        status.AdditionalInformation.Count == 0 || status.AdditionalInformation.Contains(ForeSeals);

    internal static string? First(XmlNode node, string path, XmlNamespaceManager ns)
    {
        var names = node.SelectNodes(path, ns)!.Cast<XmlElement>().ToList();
        var english = names.FirstOrDefault(n => n.GetAttribute("xml:lang") == "en") ?? names.FirstOrDefault();
        return english?.InnerText.Trim();
    }
}
