using System.Buffers.Text;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.TestKit;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>The official Europass-sealed Annex I sample and things taken out of it.</summary>
internal static class EuropassSample
{
    public static readonly DateTimeOffset SigT = new(2023, 9, 27, 11, 54, 17, TimeSpan.Zero);

    public static string Path => RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld");

    public static string Text => File.ReadAllText(Path);

    public static JsonObject Node => JsonNode.Parse(Text)!.AsObject();

    public static JsonObject Signature(JsonObject root) => root["signatures"]![0]!.AsObject();

    public static JsonObject ProtectedHeader(JsonObject root) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(Signature(root)["protected"]!.GetValue<string>()))!.AsObject();

    /// <summary>The decoded etsiU entries of the sample.</summary>
    public static List<JsonObject> EtsiU(JsonObject root) =>
        [.. Signature(root)["header"]!["etsiU"]!.AsArray()
            .Select(e => JsonNode.Parse(Base64Url.DecodeFromChars(e!.GetValue<string>()))!.AsObject())];

    /// <summary>The certificates the sample carries in etsiU xVals.</summary>
    public static List<X509Certificate2> XValsCertificates() =>
        [.. EtsiU(Node).Where(e => e.ContainsKey("xVals")).SelectMany(e => e["xVals"]!.AsArray())
            .Select(x => X509CertificateLoader.LoadCertificate(Convert.FromBase64String(x!["x509Cert"]!["val"]!.GetValue<string>())))];

    /// <summary>The CA certificate that issued the sample's sealing certificate (found among the xVals).</summary>
    public static X509Certificate2 IssuingCa()
    {
        var leaf = Leaf();
        return XValsCertificates().Single(c => c.SubjectName.RawData.AsSpan().SequenceEqual(leaf.IssuerName.RawData));
    }

    /// <summary>The root of the sample's time-stamping authority (Nowina's test PKI), carried in the sigTst token.</summary>
    public static X509Certificate2 TsaRoot()
    {
        var entry = EtsiU(Node).Single(e => e.ContainsKey("sigTst"));
        var token = Convert.FromBase64String(entry["sigTst"]!["tstTokens"]![0]!["val"]!.GetValue<string>());
        var cms = new System.Security.Cryptography.Pkcs.SignedCms();
        cms.Decode(token);
        return cms.Certificates.Cast<X509Certificate2>().Single(c => c.SubjectName.RawData.AsSpan().SequenceEqual(c.IssuerName.RawData));
    }

    public static X509Certificate2 Leaf() =>
        X509CertificateLoader.LoadCertificate(Convert.FromBase64String(ProtectedHeader(Node)["x5c"]![0]!.GetValue<string>()));

    /// <summary>The sample with its protected header replaced by <paramref name="header"/>, as base64url of its JSON text.</summary>
    public static string WithProtectedHeader(string headerJson)
    {
        var root = Node;
        Signature(root)["protected"] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(headerJson));
        return root.ToJsonString();
    }

    public static string Serialize(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
