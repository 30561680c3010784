using System.Buffers.Text;
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>
/// A time-stamping authority for tests: a root and a TSA certificate with id-kp-timeStamping, issuing RFC 3161 tokens
/// (.NET cannot make them, so the TSTInfo is written with AsnWriter and signed with SignedCms). Each token carries in
/// its CMS <c>crls</c> the root's CRL for the TSA certificate, unless <see cref="TokenRevocation"/> says otherwise.
/// </summary>
internal sealed class TestTsa : IDisposable
{
    private const string TstInfoOid = "1.2.840.113549.1.9.16.1.4";
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";

    private TestTsa(X509Certificate2 root, X509Certificate2 tsa)
    {
        Root = root;
        Certificate = tsa;
    }

    /// <summary>The TSA's root, to configure as a TSA anchor.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The TSA's signing certificate (with its private key).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>
    /// The RevocationInfoChoice values (a CRL, or <see cref="OcspInfo"/>) each token carries in its CMS <c>crls</c>;
    /// null (the default): a CRL of the root issued at the token's time that revokes nothing; empty: none.
    /// </summary>
    public IReadOnlyList<byte[]>? TokenRevocation { get; set; }

    /// <summary>A TSA valid from four years before <paramref name="now"/> to eight after; <paramref name="timeStamping"/> false leaves out the usage.</summary>
    public static TestTsa Create(DateTimeOffset now, bool timeStamping = true, params X509Extension[] extra)
    {
        var root = TestPki.Root("CN=Test TSA Root, O=Test, C=FI", now);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Test TSA, O=Test, C=FI", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [timeStamping ? new Oid("1.3.6.1.5.5.7.3.8") : new Oid("1.3.6.1.5.5.7.3.4")], true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        foreach (var extension in extra)
        {
            request.CertificateExtensions.Add(extension);
        }

        using var issued = request.Create(root, now.AddYears(-4), now.AddYears(8), [7, 7, 7]);
        return new TestTsa(root, issued.CopyWithPrivateKey(key));
    }

    /// <summary>A DER time-stamp token over SHA-256 of <paramref name="data"/> at <paramref name="time"/>.</summary>
    public byte[] Token(byte[] data, DateTimeOffset time)
    {
        var tstInfo = new AsnWriter(AsnEncodingRules.DER);
        using (tstInfo.PushSequence())
        {
            tstInfo.WriteInteger(1);
            tstInfo.WriteObjectIdentifier("1.2.3.4.1");
            using (tstInfo.PushSequence())
            {
                using (tstInfo.PushSequence())
                {
                    tstInfo.WriteObjectIdentifier("2.16.840.1.101.3.4.2.1");
                }

                tstInfo.WriteOctetString(SHA256.HashData(data));
            }

            tstInfo.WriteInteger(RandomNumberGenerator.GetInt32(1, int.MaxValue));
            tstInfo.WriteGeneralizedTime(time, omitFractionalSeconds: true);
        }

        var cms = new SignedCms(new ContentInfo(new Oid(TstInfoOid), tstInfo.Encode()), detached: false);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, Certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2()));
        cms.ComputeSignature(signer);
        var crls = TokenRevocation ?? [RootCrl(time)];
        return crls.Count == 0 ? cms.Encode() : WithCrls(cms.Encode(), crls);
    }

    /// <summary>An OCSP response as a CMS RevocationInfoChoice: <c>[1] { id-ri-ocsp-response, OCSPResponse }</c> (RFC 5940 §4.1).</summary>
    public static byte[] OcspInfo(byte[] ocspResponse)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 1, true)))
        {
            writer.WriteObjectIdentifier("1.3.6.1.5.5.7.16.2");
            writer.WriteEncodedValue(ocspResponse);
        }

        return writer.Encode();
    }

    /// <summary>A CRL of the TSA's root at <paramref name="thisUpdate"/>, revoking the TSA certificate at <paramref name="revokedAt"/> when given.</summary>
    public byte[] RootCrl(DateTimeOffset thisUpdate, DateTimeOffset? revokedAt = null) =>
        revokedAt is { } at ? SealRevocation.Crl(Root, thisUpdate, (Certificate, at)) : SealRevocation.Crl(Root, thisUpdate);

    /// <summary>The seal (general form) with a signature time-stamp from this TSA over its signature at <paramref name="time"/>.</summary>
    public string Stamp(string sealJson, DateTimeOffset time)
    {
        var signature = JsonNode.Parse(sealJson)!["signatures"]![0]!["signature"]!.GetValue<string>();
        return AddTo(sealJson, Token(Encoding.ASCII.GetBytes(signature), time));
    }

    /// <summary>Adds <paramref name="token"/> as the seal's <c>sigTst</c>.</summary>
    public static string AddTo(string sealJson, byte[] token)
    {
        var root = JsonNode.Parse(sealJson)!;
        var entry = new JsonObject { ["sigTst"] = new JsonObject { ["tstTokens"] = new JsonArray(new JsonObject { ["val"] = Convert.ToBase64String(token) }) } };
        root["signatures"]![0]!["header"] = new JsonObject { ["etsiU"] = new JsonArray(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(entry.ToJsonString()))) };
        return root.ToJsonString();
    }

    public void Dispose()
    {
        Root.Dispose();
        Certificate.Dispose();
    }

    // RFC 5652 §5.1: SignedData { version, digestAlgorithms, encapContentInfo, certificates [0], crls [1], signerInfos };
    // the signature covers the signed attributes only, so adding crls leaves it valid.
    private static byte[] WithCrls(byte[] contentInfo, IReadOnlyList<byte[]> crls)
    {
        var outer = new AsnReader(contentInfo, AsnEncodingRules.BER).ReadSequence();
        var contentType = outer.ReadObjectIdentifier();
        var signedData = outer.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)).ReadSequence();
        var parts = new List<ReadOnlyMemory<byte>>();
        while (signedData.HasData)
        {
            parts.Add(signedData.ReadEncodedValue());
        }

        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(contentType);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)))
            using (writer.PushSequence())
            {
                foreach (var part in parts.Take(parts.Count - 1))
                {
                    writer.WriteEncodedValue(part.Span);
                }

                using (writer.PushSetOf(new Asn1Tag(TagClass.ContextSpecific, 1, true)))
                {
                    foreach (var crl in crls)
                    {
                        writer.WriteEncodedValue(crl);
                    }
                }

                writer.WriteEncodedValue(parts[^1].Span);
            }
        }

        return writer.Encode();
    }

    // RFC 5035 §3: SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 with the default
    // hash algorithm (SHA-256) is just the certificate hash.
    private byte[] SigningCertificateV2()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(Certificate.RawData));
        }

        return writer.Encode();
    }
}
