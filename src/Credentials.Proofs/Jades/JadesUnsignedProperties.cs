using Credentials.Proofs.Findings;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace Credentials.Proofs.Jades;

/// <summary>
/// What this verifier takes from the unprotected <c>etsiU</c> header (ETSI TS 119 182-1): the signature
/// time-stamp (<c>sigTst</c>), certificates from <c>xVals</c> as chain-building material, and CRLs and OCSP responses
/// from <c>rVals</c> (also those inside <c>tstVD</c>, for time-stamps). Nothing here is covered
/// by the seal's signature, so none of it is trusted on its own: the time-stamp must cover this signature, and
/// certificates only help build a chain that is then checked against the operator's anchors.
/// </summary>
internal sealed class JadesUnsignedProperties
{
    private const int MaxCertificates = 32;

    private JadesUnsignedProperties(SignatureTimeStamp? timeStamp, X509Certificate2Collection certificates, RevocationValues revocation)
    {
        TimeStamp = timeStamp;
        Certificates = certificates;
        Revocation = revocation;
    }

    /// <summary>The first signature time-stamp that covers the signature, if any.</summary>
    public SignatureTimeStamp? TimeStamp { get; }

    /// <summary>Certificates carried in <c>xVals</c>.</summary>
    public X509Certificate2Collection Certificates { get; }

    /// <summary>CRLs and OCSP responses carried in <c>rVals</c>.</summary>
    public RevocationValues Revocation { get; }

    /// <summary>Reads <c>etsiU</c>; a malformed or foreign time-stamp is reported, other unreadable entries are ignored.</summary>
    public static JadesUnsignedProperties Read(JsonElement? header, string encodedSignature, List<JadesProblem> problems)
    {
        SignatureTimeStamp? timeStamp = null;
        var certificates = new X509Certificate2Collection();
        var revocation = new RevocationValues();
        if (header is not { } h || !h.TryGetProperty(JadesNames.EtsiU, out var etsiU) || etsiU.ValueKind != JsonValueKind.Array)
        {
            return new JadesUnsignedProperties(null, certificates, revocation);
        }

        foreach (var entry in etsiU.EnumerateArray())
        {
            using var document = Decode(entry);
            if (document is null || document.RootElement.ValueKind != JsonValueKind.Object || !Jws.JsonText.IsReadable(document.RootElement))
            {
                continue;
            }

            var root = document.RootElement;
            if (timeStamp is null && root.TryGetProperty(JadesNames.SigTst, out var sigTst))
            {
                timeStamp = ReadTimeStamp(sigTst, encodedSignature, problems);
            }

            AddValidationData(root, certificates, revocation);

            // ETSI TS 119 182-1 §5.3.5.5: tstVD holds the xVals and rVals that validate time-stamp tokens; they are
            // chain material and revocation data like the seal's own, each still checked against its issuer.
            if (root.TryGetProperty("tstVD", out var tstVD) && tstVD.ValueKind == JsonValueKind.Object)
            {
                AddValidationData(tstVD, certificates, revocation);
            }
        }

        return new JadesUnsignedProperties(timeStamp, certificates, revocation);
    }

    private static void AddValidationData(JsonElement entry, X509Certificate2Collection certificates, RevocationValues revocation)
    {
        if (entry.TryGetProperty("xVals", out var xVals) && xVals.ValueKind == JsonValueKind.Array)
        {
            AddCertificates(xVals, certificates);
        }

        if (entry.TryGetProperty("rVals", out var rVals) && rVals.ValueKind == JsonValueKind.Object)
        {
            AddValues(rVals, "crlVals", revocation.Crls);
            AddValues(rVals, "ocspVals", revocation.OcspResponses);
        }
    }

    private static JsonDocument? Decode(JsonElement entry)
    {
        try
        {
            // ETSI TS 119 182-1: each etsiU element is a base64url-encoded JSON object, or the object itself.
            return entry.ValueKind switch
            {
                JsonValueKind.String => JsonDocument.Parse(Base64Url.DecodeFromChars(entry.GetString()), JadesJson.Options),
                JsonValueKind.Object => JsonDocument.Parse(entry.GetRawText(), JadesJson.Options),
                _ => null,
            };
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private static SignatureTimeStamp? ReadTimeStamp(JsonElement sigTst, string encodedSignature, List<JadesProblem> problems)
    {
        byte[]? token = null;
        if (sigTst.ValueKind == JsonValueKind.Object && sigTst.TryGetProperty(JadesNames.TstTokens, out var tokens)
            && tokens.ValueKind == JsonValueKind.Array && tokens.GetArrayLength() > 0
            && tokens[0].ValueKind == JsonValueKind.Object && tokens[0].TryGetProperty(JadesNames.Val, out var val)
            && val.ValueKind == JsonValueKind.String)
        {
            token = TryBase64(val.GetString()!);
        }

        var timeStamp = token is null ? null : SignatureTimeStamp.TryRead(token);
        if (timeStamp is null)
        {
            problems.Add(new JadesProblem(CheckCodes.ProofTimestampInvalid, "the signature time-stamp (sigTst) is not a readable RFC 3161 token"));
            return null;
        }

        if (!timeStamp.Covers(encodedSignature))
        {
            problems.Add(new JadesProblem(CheckCodes.ProofTimestampInvalid,
                "the signature time-stamp (sigTst) was made over a different signature"));
            return null;
        }

        return timeStamp;
    }

    private static void AddCertificates(JsonElement xVals, X509Certificate2Collection certificates)
    {
        foreach (var x in xVals.EnumerateArray())
        {
            if (certificates.Count >= MaxCertificates)
            {
                return;
            }

            if (x.ValueKind == JsonValueKind.Object && x.TryGetProperty("x509Cert", out var cert) && cert.ValueKind == JsonValueKind.Object
                && cert.TryGetProperty(JadesNames.Val, out var val) && val.ValueKind == JsonValueKind.String
                && TryBase64(val.GetString()!) is { } der)
            {
                try
                {
                    certificates.Add(X509CertificateLoader.LoadCertificate(der));
                }
                catch (CryptographicException)
                {
                    // An unreadable helper certificate only means less chain material; the chain check reports the outcome.
                }
            }
        }
    }

    // ETSI TS 119 182-1 §5.3.5.2: rVals { crlVals: [{val}], ocspVals: [{val}] }, each val base64 DER.
    private static void AddValues(JsonElement rVals, string name, List<byte[]> values)
    {
        if (!rVals.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in list.EnumerateArray())
        {
            if (values.Count < MaxCertificates && item.ValueKind == JsonValueKind.Object && item.TryGetProperty(JadesNames.Val, out var val)
                && val.ValueKind == JsonValueKind.String && TryBase64(val.GetString()!) is { } der)
            {
                values.Add(der);
            }
        }
    }

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
