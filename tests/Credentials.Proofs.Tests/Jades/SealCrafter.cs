using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

/// <summary>Builds seals with hand-made protected headers, correctly signed, so each hostile test breaks one thing only.</summary>
internal static class SealCrafter
{
    public const string Payload = "{\"id\":\"urn:uuid:5b1f\",\"name\":{\"fi\":\"Jyväskylän yliopisto\",\"sv\":\"Åbo Akademi – test\"}}";

    public static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<X509Certificate2> LazyEc = new(() =>
        TestSealCertificate.Create("Testiyliopisto", "VATFI-12345678", "FI", new FixedTimeProvider(Now.AddDays(-30))));

    private static readonly Lazy<X509Certificate2> LazyRsa = new(() =>
        TestSealCertificate.Create("Testiyliopisto", "VATFI-12345678", "FI", new FixedTimeProvider(Now.AddDays(-30)), keyType: TestSealKeyType.Rsa));

    public static X509Certificate2 Ec => LazyEc.Value;

    public static X509Certificate2 Rsa => LazyRsa.Value;

    public static JadesVerificationOptions Options(params X509Certificate2[] anchors) =>
        new() { TrustAnchors = [.. anchors], TimeProvider = new FixedTimeProvider(Now) };

    /// <summary>A B-B protected header for <paramref name="certificate"/>, changed by <paramref name="edit"/>.</summary>
    public static JsonObject Header(X509Certificate2 certificate, Action<JsonObject>? edit = null)
    {
        var header = new JsonObject
        {
            ["alg"] = certificate.GetRSAPublicKey() is null ? "ES256" : "RS256",
            ["kid"] = IssuerSerial.Encode(certificate),
            ["x5t#S256"] = Base64Url.EncodeToString(SHA256.HashData(certificate.RawData)),
            ["x5c"] = new JsonArray(Convert.ToBase64String(certificate.RawData)),
            ["sigT"] = Now.AddMinutes(-10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["b64"] = false,
            ["crit"] = new JsonArray("b64", "sigT"),
        };
        edit?.Invoke(header);
        return header;
    }

    /// <summary>Signs <paramref name="headerJson"/> and the payload with <paramref name="signer"/>'s private key; returns the general form.</summary>
    public static string Seal(string headerJson, X509Certificate2 signer, string payload = Payload, bool b64 = false)
    {
        var encodedHeader = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(headerJson));
        var payloadText = b64 ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) : payload;
        var signature = Sign(signer, Encoding.UTF8.GetBytes(encodedHeader + "." + payloadText));
        return new JsonObject
        {
            ["payload"] = payloadText,
            ["signatures"] = new JsonArray(new JsonObject { ["protected"] = encodedHeader, ["signature"] = Base64Url.EncodeToString(signature) }),
        }.ToJsonString();
    }

    public static string Seal(JsonObject header, X509Certificate2 signer) => Seal(header.ToJsonString(), signer);

    public static byte[] Sign(X509Certificate2 signer, byte[] input, DSASignatureFormat format = DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
    {
        using var rsa = signer.GetRSAPrivateKey();
        if (rsa is not null)
        {
            return rsa.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }

        using var ecdsa = signer.GetECDsaPrivateKey()!;
        return ecdsa.SignData(input, HashAlgorithmName.SHA256, format);
    }

    public static IEnumerable<string> Codes(this JadesVerification result) => result.Problems.Select(p => p.Code);
}
