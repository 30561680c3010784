using System.Buffers.Text;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>Revocation values for test seals: CRLs made with CertificateRevocationListBuilder, added to <c>etsiU</c> <c>rVals</c>.</summary>
internal static class SealRevocation
{
    /// <summary>A CRL by <paramref name="issuer"/> (with its private key) at <paramref name="thisUpdate"/>, revoking <paramref name="revoked"/> at the given times.</summary>
    public static byte[] Crl(X509Certificate2 issuer, DateTimeOffset thisUpdate, params (X509Certificate2 Certificate, DateTimeOffset At)[] revoked)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var (certificate, at) in revoked)
        {
            builder.AddEntry(certificate.SerialNumberBytes.Span, at);
        }

        return builder.Build(issuer, BigInteger.One, thisUpdate.AddDays(30), HashAlgorithmName.SHA256, thisUpdate: thisUpdate);
    }

    /// <summary>The seal (general form) with the CRLs appended to its <c>etsiU</c> as one <c>rVals</c> entry.</summary>
    public static string AddCrls(string sealJson, params byte[][] crls)
    {
        var root = JsonNode.Parse(sealJson)!;
        var signature = root["signatures"]![0]!.AsObject();
        if (signature["header"] is not JsonObject header)
        {
            header = new JsonObject { ["etsiU"] = new JsonArray() };
            signature["header"] = header;
        }

        var entry = new JsonObject { ["rVals"] = new JsonObject { ["crlVals"] = new JsonArray([.. crls.Select(c => (JsonNode)new JsonObject { ["val"] = Convert.ToBase64String(c) })]) } };
        header["etsiU"]!.AsArray().Add(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(entry.ToJsonString())));
        return root.ToJsonString();
    }
}
