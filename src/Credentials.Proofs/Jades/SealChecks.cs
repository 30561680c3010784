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
    private static readonly string[] IssuedMembers = ["issued", "issuanceDate"];

    public static JadesVerification Run(SealParts parts, JadesVerificationOptions options, List<JadesProblem> problems)
    {
        var header = parts.Header;
        var payload = JadesVerifier.DecodePayload(parts.Envelope, header.B64);
        CheckPayload(payload, problems);
        var leaf = header.Certificates.Length > 0 ? header.Certificates[0] : null;
        var (integrity, integrityMessage) = Integrity(parts, leaf, payload is not null, problems);

        var now = options.TimeProvider.GetUtcNow();
        // A TSA is judged with the anchors of its time-stamp's own time, the seal with those of its proof of existence.
        var revocationValues = WithFetched(parts.Unsigned.Revocation, options.Fetched);
        var stamp = TimeStampValidation.Validate(parts.Unsigned.TimeStamp, parts.Envelope.EncodedSignature, options, revocationValues);
        if (stamp.Code is { } stampCode)
        {
            problems.Add(new JadesProblem(stampCode, stamp.Message));
        }

        if (stamp.TsaRevocation is { Outcome: JadesOutcome.Indeterminate, Code: { } tsaRevocationCode })
        {
            problems.Add(new JadesProblem(tsaRevocationCode, stamp.TsaRevocation.Message));
        }

        var poe = stamp.ProofOfExistence;
        var (validity, validityMessage, validityCode) = leaf is null
            ? (JadesOutcome.Skipped, "skipped: the seal has no readable certificate", null)
            : SealValidity.Judge(new SealTimes(header.SigningTime, poe, stamp.Message, IssuedAt(payload), now, options.ClockSkew), leaf, problems);

        var trust = new ChainVerdict(JadesOutcome.Skipped, "skipped: the seal has no readable certificate", null, null);
        if (leaf is not null)
        {
            var chainMaterial = header.Certificates.Skip(1).Concat(parts.Unsigned.Certificates);
            var (sealAnchors, sealNames) = options.SealAnchorsAt(poe ?? now);
            trust = CertificateTrust.Evaluate(leaf, chainMaterial, sealAnchors, poe ?? now, poe is not null, "the sealing certificate", null, CheckCodes.TrustNoAnchor, sealNames);
            trust = ListedIssuer.Explain(trust, leaf, options.TrustedLists, l => l.SealServices(poe ?? now), poe ?? now, "the sealing certificate", "a granted qualified CA for electronic seals");
            if (trust.Code is { } code)
            {
                problems.Add(new JadesProblem(code, trust.Message));
            }
        }

        var revocation = leaf is null
            ? new RevocationVerdict(JadesOutcome.Skipped, "skipped: the seal has no readable certificate", null)
            : RevocationCheck.Evaluate(trust, revocationValues, poe ?? now, poe is null, options.ClockSkew, options.FetchNote);
        if (revocation.Code is { } revocationCode)
        {
            problems.Add(new JadesProblem(revocationCode, revocation.Message));
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
            TimeStampTime = parts.Unsigned.TimeStamp?.Time,
            TimeStamp = stamp.Outcome,
            TimeStampMessage = stamp.Message,
            ProofOfExistence = poe,
            TimeStampAuthority = stamp.Authority,
            TimeStampRevocation = stamp.TsaRevocation.Outcome,
            TimeStampRevocationMessage = stamp.TsaRevocation.Message,
            TimeStampRevocationCode = stamp.TsaRevocation.Code,
            CertificateValidity = validity,
            CertificateValidityMessage = validityMessage,
            CertificateValidityCode = validityCode,
            Trust = trust.Outcome,
            TrustMessage = trust.Message,
            TrustCode = trust.Code,
            Revocation = revocation.Outcome,
            RevocationMessage = revocation.Message,
            RevocationCode = revocation.Code,
            RevocationTargets = [.. revocation.Outcome == JadesOutcome.Indeterminate ? trust.Issued() : [], .. stamp.TsaRevocationTargets],
            Problems = problems,
        };
    }

    private static RevocationValues WithFetched(RevocationValues carried, RevocationValues? fetched)
    {
        if (fetched is null || fetched.Count == 0)
        {
            return carried;
        }

        var all = new RevocationValues();
        all.Crls.AddRange(carried.Crls.Concat(fetched.Crls));
        all.OcspResponses.AddRange(carried.OcspResponses.Concat(fetched.OcspResponses));
        return all;
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

    // ETSI EN 319 102-1 has no rule for the credential's own dates; a seal cannot exist before what it seals was
    // issued, so the latest of VCDM 1.1 issuanceDate and ELM issued (VCDM 2.0 validFrom when neither is given) is it.
    private static DateTimeOffset? IssuedAt(string? payload)
    {
        if (payload is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(payload, JadesJson.Options);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var stated = IssuedMembers.Select(name => Date(json.RootElement, name)).Where(d => d is not null).ToList();
            return stated.Count > 0 ? stated.Max() : Date(json.RootElement, "validFrom");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateTimeOffset? Date(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
