using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>The organisation a sealing certificate names, and whether it claims to be a qualified seal certificate.</summary>
/// <param name="CommonName">Subject CN.</param>
/// <param name="Organisation">Subject O, the legal name.</param>
/// <param name="OrganizationIdentifier">Subject organizationIdentifier (2.5.4.97), e.g. <c>VATES-A00000000</c> (ETSI EN 319 412-1).</param>
/// <param name="Country">Subject C.</param>
/// <param name="HasQcCompliance">The certificate carries the QcCompliance statement (EN 319 412-5 §4.2.1).</param>
/// <param name="HasQcTypeESeal">The certificate carries QcType eseal (EN 319 412-5 §4.2.3).</param>
/// <param name="HasQcSscd">The certificate says its key is in a qualified signature/seal creation device (EN 319 412-5 §4.2.2).</param>
public sealed record SealOrganisation(
    string? CommonName,
    string? Organisation,
    string? OrganizationIdentifier,
    string? Country,
    bool HasQcCompliance,
    bool HasQcTypeESeal,
    bool HasQcSscd)
{
    /// <summary>
    /// Whether the certificate claims to be an EU qualified certificate for electronic seals (QcCompliance and QcType
    /// eseal). This is the certificate's own claim: whether its issuer is a qualified trust service provider is decided
    /// by the trust anchors the operator configures (for example from the EU trusted lists).
    /// </summary>
    public bool IsQualified => HasQcCompliance && HasQcTypeESeal;

    /// <summary>Reads the subject and QCStatements of <paramref name="certificate"/>.</summary>
    public static SealOrganisation FromCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        string? cn = null, o = null, orgId = null, c = null;
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.HasMultipleElements)
            {
                continue;
            }

            var value = rdn.GetSingleElementValue();
            switch (rdn.GetSingleElementType().Value)
            {
                case "2.5.4.3":
                    cn ??= value;
                    break;
                case "2.5.4.10":
                    o ??= value;
                    break;
                case "2.5.4.97":
                    orgId ??= value;
                    break;
                case "2.5.4.6":
                    c ??= value;
                    break;
                default:
                    break;
            }
        }

        var qc = QcStatements.Read(certificate);
        return new SealOrganisation(cn, o, orgId, c, qc.Compliance, qc.TypeESeal, qc.Sscd);
    }
}
