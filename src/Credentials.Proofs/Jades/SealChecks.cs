using Credentials.Proofs.Findings;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Jws;

namespace Credentials.Proofs.Jades;

/// <summary>The checks that run once a seal has been taken apart: integrity, signing time, certificate validity, trust.</summary>
internal static class SealChecks
{
    public static JadesVerification Run(SealParts parts, JadesVerificationOptions options, List<JadesProblem> problems)
    {
        var header = parts.Header;
        var payload = JadesVerifier.DecodePayload(parts.Envelope, header.B64);
        CheckPayload(payload, problems);
        var leaf = header.Certificates.Length > 0 ? header.Certificates[0] : null;
        var (integrity, integrityMessage) = Integrity(parts, leaf, payload is not null, problems);

        var now = options.TimeProvider.GetUtcNow();
        var timeStamp = parts.Unsigned.TimeStamp?.Time;
        var signingTime = header.SigningTime;
        var (validity, validityMessage) = leaf is null
            ? (JadesOutcome.Skipped, "skipped: the seal has no readable certificate")
            : Validity(leaf, signingTime, timeStamp, now, options.ClockSkew, problems);

        var trust = (Outcome: JadesOutcome.Skipped, Message: "skipped: the seal has no readable certificate");
        if (leaf is not null)
        {
            var chainMaterial = header.Certificates.Skip(1).Concat(parts.Unsigned.Certificates);
            var (outcome, message, problem) = CertificateTrust.Evaluate(leaf, chainMaterial, options.TrustAnchors, signingTime ?? now);
            trust = (outcome, message);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return new JadesVerification
        {
            IsSeal = true,
            PayloadJson = payload,
            Algorithm = header.Algorithm,
            Integrity = integrity,
            IntegrityMessage = integrityMessage,
            Organisation = leaf is null ? null : SealOrganisation.FromCertificate(leaf),
            SigningCertificate = leaf,
            SigningTime = header.SigningTime,
            TimeStampTime = timeStamp,
            CertificateValidity = validity,
            CertificateValidityMessage = validityMessage,
            Trust = trust.Outcome,
            TrustMessage = trust.Message,
            Problems = problems,
        };
    }

    private static void CheckPayload(string? payload, List<JadesProblem> problems)
    {
        if (payload is null)
        {
            problems.Add(new JadesProblem(CheckCodes.FormatMalformedJws, "the payload is not base64url although b64 is true"));
            return;
        }

        try
        {
            using var json = JsonDocument.Parse(payload, JadesJson.Options);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new JadesProblem(CheckCodes.FormatPayloadNotJson, "the sealed payload is not a JSON object"));
            }
        }
        catch (JsonException e)
        {
            problems.Add(CompactJws.IsDuplicate(e)
                ? new JadesProblem(CheckCodes.FormatDuplicateMember, "the sealed credential has a duplicate JSON member")
                : new JadesProblem(CheckCodes.FormatPayloadNotJson, "the sealed payload is not JSON"));
        }
    }

    private static (JadesOutcome, string) Integrity(SealParts parts, X509Certificate2? leaf, bool payloadReadable, List<JadesProblem> problems)
    {
        if (!parts.HeaderUsable || leaf is null || !payloadReadable)
        {
            var first = problems.FirstOrDefault()?.Message ?? "the protected header is not acceptable";
            return (JadesOutcome.Failed, "the seal cannot be accepted: " + first);
        }

        // RFC 7515 §5.1 step 5 with RFC 7797 §3: the signing input is ASCII(protected) '.' payload, where the payload
        // is used as-is (its UTF-8 bytes) when b64 is false, and is the base64url text when b64 is true.
        var envelope = parts.Envelope;
        var input = Encoding.UTF8.GetBytes(envelope.EncodedProtected + "." + envelope.Payload);
        var problem = JadesAlgorithms.Verify(parts.Header.Algorithm!, leaf, input, Base64Url.DecodeFromChars(envelope.EncodedSignature));
        if (problem is not null)
        {
            problems.Add(problem);
            return (JadesOutcome.Failed, problem.Message);
        }

        return (JadesOutcome.Passed, "the seal's signature matches the credential and the sealing certificate");
    }

    /// <summary>
    /// The certificate must be valid at <c>sigT</c>, which the seal signs. A signature time-stamp sits in the unsigned
    /// header and its TSA signature is not verified here, so anyone could add one: it may only make the outcome
    /// stricter (the certificate must be valid at its time too), never stand in for <c>sigT</c>.
    /// </summary>
    private static (JadesOutcome, string) Validity(
        X509Certificate2 leaf, DateTimeOffset? sigT, DateTimeOffset? timeStamp, DateTimeOffset now, TimeSpan skew, List<JadesProblem> problems)
    {
        if (sigT is null)
        {
            var missing = timeStamp is null
                ? "the seal does not say when it was made (no sigT), so the certificate's validity at that time is unknown"
                : $"the seal does not say when it was made (no sigT); its unsigned time-stamp ({timeStamp:yyyy-MM-ddTHH:mm:ssZ}) is not verified, so the certificate's validity at signing time is unknown";
            problems.Add(new JadesProblem(CheckCodes.ProofSigningTimeMissing, missing));
            return (JadesOutcome.Indeterminate, missing);
        }

        var notBefore = new DateTimeOffset(leaf.NotBefore.ToUniversalTime());
        var notAfter = new DateTimeOffset(leaf.NotAfter.ToUniversalTime());
        var times = timeStamp is { } t ? new[] { (sigT.Value, "sigT"), (t, "signature time-stamp") } : new[] { (sigT.Value, "sigT") };
        foreach (var (at, source) in times)
        {
            var failure = at > now + skew
                ? (CheckCodes.ProofSigningTimeInFuture, $"the {source} time {at:yyyy-MM-ddTHH:mm:ssZ} is in the future")
                : at < notBefore
                    ? (CheckCodes.ProofCertificateNotYetValid, $"the sealing certificate was not yet valid at the {source} time {at:yyyy-MM-ddTHH:mm:ssZ}; valid from {notBefore:yyyy-MM-ddTHH:mm:ssZ}")
                    : at > notAfter
                        ? (CheckCodes.ProofCertificateExpired, $"the sealing certificate had expired at the {source} time {at:yyyy-MM-ddTHH:mm:ssZ}; valid until {notAfter:yyyy-MM-ddTHH:mm:ssZ}")
                        : ((string Code, string Message)?)null;
            if (failure is { } f)
            {
                problems.Add(new JadesProblem(f.Code, f.Message));
                return (JadesOutcome.Failed, f.Message);
            }
        }

        var also = timeStamp is { } ts ? $" and at its signature time-stamp {ts:yyyy-MM-ddTHH:mm:ssZ}" : string.Empty;
        return (JadesOutcome.Passed,
            $"the sealing certificate was valid at the signing time {sigT:yyyy-MM-ddTHH:mm:ssZ} (sigT){also}; valid {notBefore:yyyy-MM-dd} to {notAfter:yyyy-MM-dd}");
    }
}
