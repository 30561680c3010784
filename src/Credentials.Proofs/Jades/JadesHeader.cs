using Credentials.Proofs.Findings;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.Jades;

/// <summary>The protected header of a JAdES signature, read and checked against itself but not against the signature.</summary>
internal sealed class JadesHeader
{
    private const int MaxChainLength = 10;
    private static readonly string[] SigTFormats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    private JadesHeader(IReadOnlySet<string> names, X509Certificate2[] certificates)
    {
        Names = names;
        Certificates = certificates;
    }

    /// <summary>The member names of the protected header.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>The <c>alg</c>, when it is a string.</summary>
    public string? Algorithm { get; private init; }

    /// <summary>The <c>b64</c> value; true when absent (RFC 7797 §3).</summary>
    public bool B64 { get; private init; } = true;

    /// <summary>The <c>x5c</c> certificates, leaf first; empty when absent or unreadable.</summary>
    public X509Certificate2[] Certificates { get; }

    /// <summary>The <c>sigT</c> claimed signing time.</summary>
    public DateTimeOffset? SigningTime { get; private init; }

    /// <summary>Whether the header is well formed enough for the signature to be checked.</summary>
    public bool IsUsable { get; private init; }

    /// <summary>Decodes and checks the protected header; every problem found is added to <paramref name="problems"/>.</summary>
    public static JadesHeader? Read(string encoded, List<JadesProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Base64Url.DecodeFromChars(encoded), JadesJson.Options);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            var duplicate = e is JsonException je && CompactJws.IsDuplicate(je);
            problems.Add(duplicate
                ? new JadesProblem(CheckCodes.FormatDuplicateMember, "the protected header has a duplicate member")
                : new JadesProblem(CheckCodes.FormatMalformedJws, "the protected header is not base64url-encoded JSON"));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !JsonText.IsReadable(root))
            {
                problems.Add(new JadesProblem(CheckCodes.FormatMalformedJws, "the protected header is not a JSON object of valid Unicode text"));
                return null;
            }

            return Read(root, problems);
        }
    }

    private static JadesHeader Read(JsonElement root, List<JadesProblem> problems)
    {
        var before = problems.Count;
        var names = root.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var alg = root.TryGetProperty(JadesNames.Alg, out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        if (!JadesAlgorithms.IsAllowed(alg))
        {
            problems.Add(new JadesProblem(CheckCodes.ProofAlgorithmNotAllowed,
                $"the algorithm '{alg ?? "(none)"}' is not allowed for seals; allowed: {string.Join(", ", JadesAlgorithms.Allowed)}"));
        }

        var b64 = true;
        if (root.TryGetProperty(JadesNames.B64, out var b))
        {
            if (b.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                b64 = b.GetBoolean();
            }
            else
            {
                problems.Add(new JadesProblem(CheckCodes.ProofHeaderInvalid, "b64 is not a boolean (RFC 7797 §3)"));
            }
        }

        CheckCrit(root, names, b64, problems);
        var certificates = ReadCertificates(root, problems);
        if (certificates.Length > 0)
        {
            CheckCertificateReferences(root, certificates[0], problems);
        }

        DateTimeOffset? sigT = null;
        if (root.TryGetProperty(JadesNames.SigT, out var t))
        {
            if (t.ValueKind == JsonValueKind.String && DateTimeOffset.TryParseExact(t.GetString(), SigTFormats,
                    CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                sigT = parsed;
            }
            else
            {
                problems.Add(new JadesProblem(CheckCodes.ProofHeaderInvalid,
                    "sigT is not a UTC time of the form yyyy-MM-ddTHH:mm:ssZ"));
            }
        }

        return new JadesHeader(names, certificates)
        {
            Algorithm = alg,
            B64 = b64,
            SigningTime = sigT,
            IsUsable = problems.Count == before,
        };
    }

    private static void CheckCrit(JsonElement root, HashSet<string> names, bool b64, List<JadesProblem> problems)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty(JadesNames.Crit, out var crit))
        {
            // RFC 7515 §4.1.11: a non-empty array of names, each present in the header and understood by the recipient.
            if (crit.ValueKind != JsonValueKind.Array || crit.GetArrayLength() == 0)
            {
                problems.Add(new JadesProblem(CheckCodes.ProofCritUnsupported, "crit is not a non-empty array of names"));
                return;
            }

            foreach (var entry in crit.EnumerateArray())
            {
                var name = entry.ValueKind == JsonValueKind.String ? entry.GetString()! : null;
                var reason = name switch
                {
                    null => "a crit entry is not a string",
                    _ when !listed.Add(name) => $"crit lists '{name}' twice",
                    _ when JadesNames.Registered.Contains(name) => $"crit lists '{name}', which RFC 7515 §4.1.11 forbids",
                    _ when !JadesNames.UnderstoodCritical.Contains(name) => $"crit lists '{name}', which this verifier does not understand",
                    _ when !names.Contains(name) => $"crit lists '{name}', which is not in the protected header",
                    _ => null,
                };
                if (reason is not null)
                {
                    problems.Add(new JadesProblem(CheckCodes.ProofCritUnsupported, reason));
                }
            }
        }

        if (!b64 && !listed.Contains(JadesNames.B64))
        {
            problems.Add(new JadesProblem(CheckCodes.ProofCritUnsupported, "b64 is false but not listed in crit (RFC 7797 §6)"));
        }
    }

    private static X509Certificate2[] ReadCertificates(JsonElement root, List<JadesProblem> problems)
    {
        if (!root.TryGetProperty(JadesNames.X5c, out var x5c) || x5c.ValueKind != JsonValueKind.Array || x5c.GetArrayLength() == 0)
        {
            problems.Add(new JadesProblem(CheckCodes.ProofCertificateMissing,
                "the protected header has no x5c certificate chain, so the sealing organisation cannot be identified"));
            return [];
        }

        if (x5c.GetArrayLength() > MaxChainLength)
        {
            // Each entry costs a certificate parse; a seal needs its certificate and at most a few CAs.
            problems.Add(new JadesProblem(CheckCodes.ProofCertificateInvalid,
                $"x5c holds {x5c.GetArrayLength()} certificates; at most {MaxChainLength} are accepted"));
            return [];
        }

        var certificates = new List<X509Certificate2>();
        foreach (var entry in x5c.EnumerateArray())
        {
            // RFC 7515 §4.1.6: each entry is standard base64 (not base64url) of a DER certificate.
            try
            {
                var der = Convert.FromBase64String(entry.ValueKind == JsonValueKind.String ? entry.GetString()! : string.Empty);
                certificates.Add(X509CertificateLoader.LoadCertificate(der));
            }
            catch (Exception e) when (e is FormatException or CryptographicException)
            {
                problems.Add(new JadesProblem(CheckCodes.ProofCertificateInvalid,
                    $"x5c entry {certificates.Count} is not a base64 DER X.509 certificate"));
                return [];
            }
        }

        return [.. certificates];
    }

    private static void CheckCertificateReferences(JsonElement root, X509Certificate2 leaf, List<JadesProblem> problems)
    {
        if (root.TryGetProperty(JadesNames.X5tS256, out var thumbprint))
        {
            var expected = Base64Url.EncodeToString(SHA256.HashData(leaf.RawData));
            if (thumbprint.ValueKind != JsonValueKind.String || !string.Equals(thumbprint.GetString(), expected, StringComparison.Ordinal))
            {
                problems.Add(new JadesProblem(CheckCodes.ProofCertificateMismatch,
                    "x5t#S256 is not the SHA-256 thumbprint of the first x5c certificate (RFC 7515 §4.1.8)"));
            }
        }

        if (root.TryGetProperty(JadesNames.Kid, out var kid) && kid.ValueKind == JsonValueKind.String
            && IssuerSerial.TryMatch(kid.GetString()!, leaf, out var matches) && !matches)
        {
            problems.Add(new JadesProblem(CheckCodes.ProofCertificateMismatch,
                "kid names a different issuer and serial number than the first x5c certificate"));
        }
    }
}
