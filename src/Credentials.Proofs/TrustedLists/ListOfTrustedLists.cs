using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;

namespace Credentials.Proofs.TrustedLists;

/// <summary>
/// The EU list of trusted lists (LOTL, ETSI TS 119 612 §5.3.13 PointersToOtherTSL): verified against the signer
/// certificates the operator configures (those the Official Journal of the EU publishes), it names for each Member
/// State where its trusted list is and the certificates that list must be signed with. National lists are given as
/// files the operator downloads; each is verified with the certificates the LOTL names for its territory. Nothing is fetched.
/// </summary>
public sealed class ListOfTrustedLists
{
    private readonly Dictionary<string, X509Certificate2Collection> _signers;

    private ListOfTrustedLists(string name, Dictionary<string, X509Certificate2Collection> signers, IReadOnlyList<string> locations)
    {
        Name = name;
        _signers = signers;
        Locations = locations;
    }

    /// <summary>"EU list of trusted lists (operator name)".</summary>
    public string Name { get; }

    /// <summary>The territories the list points to (e.g. <c>FI</c>), in order.</summary>
    public IReadOnlyCollection<string> Territories => _signers.Keys;

    /// <summary>Where the national lists are published (<c>TSLLocation</c>), for the operator to download.</summary>
    public IReadOnlyList<string> Locations { get; }

    /// <summary>Loads and verifies the list of trusted lists.</summary>
    /// <param name="xml">The LOTL's XML text.</param>
    /// <param name="signers">The certificates the LOTL may be signed with.</param>
    /// <exception cref="TrustedListException">The LOTL is unreadable, not signed by one of <paramref name="signers"/>, or points to no list.</exception>
    public static ListOfTrustedLists Load(string xml, X509Certificate2Collection signers)
    {
        ArgumentNullException.ThrowIfNull(signers);
        var (root, ns) = TrustedList.ReadVerified(xml, signers, "list of trusted lists");
        var bySigner = new Dictionary<string, X509Certificate2Collection>(StringComparer.OrdinalIgnoreCase);
        var locations = new List<string>();
        foreach (XmlElement pointer in root.SelectNodes("tsl:SchemeInformation/tsl:PointersToOtherTSL/tsl:OtherTSLPointer", ns)!)
        {
            // TS 119 612 §5.3.13: SchemeTerritory is among the pointer's AdditionalInformation/OtherInformation.
            var territory = pointer.SelectNodes("tsl:AdditionalInformation/tsl:OtherInformation/tsl:SchemeTerritory", ns)!.Cast<XmlNode>().FirstOrDefault()?.InnerText.Trim();
            if (string.IsNullOrEmpty(territory))
            {
                continue;
            }

            var certificates = bySigner.TryGetValue(territory, out var known) ? known : bySigner[territory] = [];
            foreach (XmlNode value in pointer.SelectNodes("tsl:ServiceDigitalIdentities/tsl:ServiceDigitalIdentity/tsl:DigitalId/tsl:X509Certificate", ns)!)
            {
                try
                {
                    certificates.Add(X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value.InnerText.Trim())));
                }
                catch (Exception e) when (e is FormatException or CryptographicException)
                {
                    throw new TrustedListException($"a signer certificate for the {territory} trusted list in the list of trusted lists is unreadable", e);
                }
            }

            if (pointer.SelectSingleNode("tsl:TSLLocation", ns)?.InnerText.Trim() is { Length: > 0 } location)
            {
                locations.Add(location);
            }
        }

        if (bySigner.Values.All(c => c.Count == 0))
        {
            throw new TrustedListException("the list of trusted lists points to no trusted list with signer certificates");
        }

        var operatorName = TrustedList.First(root, "tsl:SchemeInformation/tsl:SchemeOperatorName/tsl:Name", ns) ?? "unknown operator";
        return new ListOfTrustedLists($"{TrustedList.Territory(root, ns)} list of trusted lists ({operatorName})", bySigner, locations);
    }

    /// <summary>Loads a national trusted list, verified with the signer certificates this LOTL names for its territory.</summary>
    /// <param name="xml">The national list's XML text.</param>
    /// <exception cref="TrustedListException">The list is unreadable, its territory is not pointed to, or it is not signed by a certificate the LOTL names for it.</exception>
    public TrustedList LoadNational(string xml)
    {
        var (_, root, ns) = TrustedList.Read(xml, "trusted list");
        var territory = TrustedList.Territory(root, ns);
        if (!_signers.TryGetValue(territory, out var signers) || signers.Count == 0)
        {
            throw new TrustedListException($"the {Name} names no signer for a trusted list of territory '{territory}'");
        }

        return TrustedList.Load(xml, signers);
    }
}
