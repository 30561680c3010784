using Credentials.Proofs.Findings;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.Jades;

/// <summary>
/// Verifies JAdES seals (ETSI TS 119 182-1) in JWS JSON serialization, as Europass issues them: integrity of the
/// signature over the unencoded payload (RFC 7797), the sealing organisation from the certificate, certificate
/// validity at the signing time, and the chain to operator-configured anchors. Never throws for bad input.
/// </summary>
public static class JadesVerifier
{
    /// <summary>Verifies <paramref name="jwsJson"/>; every outcome and problem is in the returned report.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static JadesVerification Verify(string jwsJson, JadesVerificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(jwsJson);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<JadesProblem>();

        // Design §8: limit the size before parsing.
        if (jwsJson.Length > options.MaxInputBytes || Encoding.UTF8.GetByteCount(jwsJson) > options.MaxInputBytes)
        {
            problems.Add(new JadesProblem(CheckCodes.FormatTooLarge, $"the input is larger than {options.MaxInputBytes} bytes"));
            return NotASeal(problems, "the input was too large to read");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(jwsJson, JadesJson.Options);
        }
        catch (JsonException e)
        {
            problems.Add(CompactJws.IsDuplicate(e)
                ? new JadesProblem(CheckCodes.FormatDuplicateMember, "the JSON has a duplicate member")
                : new JadesProblem(CheckCodes.FormatUnreadable, "the input is not JSON (it may be truncated)"));
            return NotASeal(problems, "the input could not be read as JSON");
        }

        using (document)
        {
            if (!JadesEnvelope.LooksLikeJws(document.RootElement))
            {
                problems.Add(new JadesProblem(CheckCodes.FormatMalformedJws, "the JSON is not a JWS JSON serialization (no payload and signature)"));
                return NotASeal(problems, "the input is not a JAdES seal");
            }

            var envelope = JadesEnvelope.Read(document.RootElement, problems);
            if (envelope is null)
            {
                return Malformed(problems, null);
            }

            var header = JadesHeader.Read(envelope.EncodedProtected, problems);
            if (header is null)
            {
                return Malformed(problems, null);
            }

            var disjoint = HeadersDisjoint(header, envelope, problems);
            var unsigned = JadesUnsignedProperties.Read(envelope.Unprotected, envelope.EncodedSignature, problems);
            return SealChecks.Run(new SealParts(envelope, header, unsigned, header.IsUsable && disjoint), options, problems);
        }
    }

    /// <summary>
    /// Verifies <paramref name="jwsJson"/> as <see cref="Verify"/> does and, when the revocation of a certificate of its
    /// chain or of its time-stamping authority's chain stays unknown and <see cref="JadesVerificationOptions.RevocationFetcher"/> is set, fetches OCSP responses or
    /// CRLs for those certificates from the allowed hosts and judges revocation again with them.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<JadesVerification> VerifyAsync(string jwsJson, JadesVerificationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = Verify(jwsJson, options);
        if (options.RevocationFetcher is not { } fetcher)
        {
            return result;
        }

        // A second round is needed only when the first changed what is asked: a TSA found revoked takes away the
        // proof of existence, and the seal's chain is then judged now.
        var fetched = new RevocationValues();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 2 && result.RevocationTargets.Count > 0; round++)
        {
            var targets = result.RevocationTargets.Where(t => asked.Add(t.Certificate.Thumbprint + "/" + t.Issuer.Thumbprint)).ToList();
            if (targets.Count == 0)
            {
                break;
            }

            var (values, note) = await fetcher.FetchAsync(targets, cancellationToken).ConfigureAwait(false);
            fetched.Crls.AddRange(values.Crls);
            fetched.OcspResponses.AddRange(values.OcspResponses);
            result = Verify(jwsJson, options.WithFetched(fetched, values.Count > 0 ? "the fetched data does not decide it" : "nothing could be fetched: " + note));
        }

        return result;
    }

    private static bool HeadersDisjoint(JadesHeader header, JadesEnvelope envelope, List<JadesProblem> problems)
    {
        // RFC 7515 §7.2.1: protected and unprotected header member names must be disjoint.
        var clash = envelope.Unprotected?.EnumerateObject().Select(p => p.Name).FirstOrDefault(header.Names.Contains);
        if (clash is null)
        {
            return true;
        }

        problems.Add(new JadesProblem(CheckCodes.FormatDuplicateMember,
            $"'{clash}' is in both the protected and the unprotected header (RFC 7515 §7.2.1)"));
        return false;
    }

    internal static string? DecodePayload(JadesEnvelope envelope, bool b64)
    {
        if (!b64)
        {
            return envelope.Payload;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(envelope.Payload));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static JadesVerification NotASeal(List<JadesProblem> problems, string message) => new()
    {
        IsSeal = false,
        Integrity = JadesOutcome.Failed,
        IntegrityMessage = message,
        CertificateValidityMessage = "skipped: " + message,
        TrustMessage = "skipped: " + message,
        Problems = problems,
    };

    private static JadesVerification Malformed(List<JadesProblem> problems, string? payload) => new()
    {
        IsSeal = true,
        PayloadJson = payload,
        Integrity = JadesOutcome.Failed,
        IntegrityMessage = "the seal is malformed: " + problems[^1].Message,
        CertificateValidityMessage = "skipped: the seal is malformed",
        TrustMessage = "skipped: the seal is malformed",
        Problems = problems,
    };
}
