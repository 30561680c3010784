using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>The ETSI QCStatements a certificate carries (RFC 3739 §3.2.6, ETSI EN 319 412-5 §4).</summary>
internal readonly record struct QcStatements(bool Compliance, bool TypeESeal, bool Sscd)
{
    internal const string ExtensionOid = "1.3.6.1.5.5.7.1.3";
    internal const string QcComplianceOid = "0.4.0.1862.1.1";
    internal const string QcSscdOid = "0.4.0.1862.1.4";
    internal const string QcTypeOid = "0.4.0.1862.1.6";
    internal const string QcTypeESealOid = "0.4.0.1862.1.6.2";

    /// <summary>Reads the statements; a missing or malformed extension yields none.</summary>
    public static QcStatements Read(X509Certificate2 certificate)
    {
        var extension = certificate.Extensions[ExtensionOid];
        if (extension is null)
        {
            return default;
        }

        try
        {
            return Parse(extension.RawData);
        }
        catch (AsnContentException)
        {
            return default;
        }
        catch (CryptographicException)
        {
            return default;
        }
    }

    private static QcStatements Parse(byte[] der)
    {
        bool compliance = false, eseal = false, sscd = false;

        // QCStatements ::= SEQUENCE OF QCStatement; QCStatement ::= SEQUENCE { statementId OID, statementInfo ANY OPTIONAL }
        var reader = new AsnReader(der, AsnEncodingRules.DER);
        var statements = reader.ReadSequence();
        reader.ThrowIfNotEmpty();
        while (statements.HasData)
        {
            var statement = statements.ReadSequence();
            var id = statement.ReadObjectIdentifier();
            switch (id)
            {
                case QcComplianceOid:
                    compliance = true;
                    break;
                case QcSscdOid:
                    sscd = true;
                    break;
                case QcTypeOid when statement.HasData:
                    // EN 319 412-5 §4.2.3: QcType-statement ::= SEQUENCE OF OBJECT IDENTIFIER
                    var types = statement.ReadSequence();
                    while (types.HasData)
                    {
                        eseal |= types.ReadObjectIdentifier() == QcTypeESealOid;
                    }

                    break;
                default:
                    break;
            }
        }

        return new QcStatements(compliance, eseal, sscd);
    }
}
