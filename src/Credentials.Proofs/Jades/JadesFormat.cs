using System.Globalization;
using System.Text.Json;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;

namespace Credentials.Proofs.Jades;

/// <summary>
/// A JAdES seal in JWS JSON serialization, as Europass issues it (ETSI TS 119 182-1): the credential is the
/// unencoded payload string; the seal certificate names the organisation, which must be one of the issuer's
/// registered identifiers, and it is trusted through its chain to the operator's anchors, not the trusted-issuer list.
/// </summary>
public sealed class JadesFormat : ICredentialFormat
{
    private static readonly string[] IdentifierMembers = ["eIDASIdentifier", "vatIdentifier", "registration", "taxIdentifier", "identifier"];

    /// <inheritdoc/>
    public string Name => "jades";

    /// <inheritdoc/>
    public bool Recognizes(CredentialInput input) =>
        input?.Json?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("payload", out _) && root.TryGetProperty("signatures", out _);

    /// <inheritdoc/>
    public SecuredCredential Read(CredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        const string Description = "JAdES-sealed credential";
        var payload = input.Json!.RootElement.GetProperty("payload");
        if (payload.ValueKind != JsonValueKind.String)
        {
            return new SecuredCredential(this, Description) { Problems = [Finding.Failed(CheckCodes.FormatNotACredential, "The seal's payload is not a JSON string.", "/payload")] };
        }

        // ETSI TS 119 182-1 §5.1.10 (b64: false): the payload string is the credential's JSON text.
        var inner = CredentialInput.ParseJson(payload.GetString()!, out var problem);
        if (inner is null)
        {
            return new SecuredCredential(this, Description)
            {
                Problems = [problem! with { Code = problem.Code == CheckCodes.FormatUnreadable ? CheckCodes.FormatNotACredential : problem.Code, Message = "The seal's payload is not a valid JSON credential: " + char.ToLowerInvariant(problem.Message[0]) + problem.Message[1..], Pointer = "/payload" }],
            };
        }

        return JsonCredentials.Read(this, inner.RootElement, "/payload", Description, claimsProfile: false, owned: inner);
    }

    /// <inheritdoc/>
    public async Task<ProofResult> VerifyAsync(CredentialInput input, SecuredCredential credential, ProofContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(context);
        var options = new JadesVerificationOptions
        {
            TrustAnchors = context.SealTrustAnchors,
            TsaTrustAnchors = context.TsaTrustAnchors,
            AnchorNames = context.AnchorNames,
            TrustedLists = context.TrustedLists,
            TimeProvider = context.Time,
            ClockSkew = context.ClockSkew,
            MaxInputBytes = context.MaxInputBytes,
            RevocationFetcher = context.RevocationFetcher,
        };
        var seal = await JadesVerifier.VerifyAsync(input.Text, options, cancellationToken).ConfigureAwait(false);
        var findings = JadesFindings.Integrity(seal);
        var passed = findings.All(f => f.Outcome == CheckOutcome.Passed);
        return new ProofResult
        {
            Findings = findings,
            IssuerBinding = passed ? Binding(credential, seal) : null,
            Trust = passed ? JadesFindings.Trust(seal) : null,
            Facts = Facts(seal),
        };
    }

    // ETSI EN 319 412-1 §5.1.4: organizationIdentifier is e.g. "VATES-A00000000"; the credential holds "A00000000".
    private static Finding Binding(SecuredCredential credential, JadesVerification seal)
    {
        if (seal.Organisation is not { } org)
        {
            return Finding.Indeterminate(CheckCodes.IssuerSealNotBound, "The seal certificate names no organisation, so it cannot be bound to the issuer.", credential.Pointer + "/issuer");
        }

        var identifiers = IssuerIdentifiers(credential.Document!.Value).ToList();
        var sealer = org.OrganizationIdentifier;
        return sealer is not null && identifiers.Any(id => Matches(sealer, id))
            ? Finding.Passed(CheckCodes.IssuerValid, $"The seal certificate of {org.Organisation} carries {sealer}, an identifier of the issuer.")
            : Finding.Indeterminate(CheckCodes.IssuerSealNotBound, $"Sealed by {org.Organisation ?? org.CommonName} ({sealer ?? "no organisation identifier"}, {org.Country}); the issuer's identifiers in the credential ({(identifiers.Count == 0 ? "none" : string.Join(", ", identifiers))}) do not include it.", credential.Pointer + "/issuer");
    }

    private static List<KeyValuePair<string, string>> Facts(JadesVerification seal)
    {
        var facts = new List<KeyValuePair<string, string>>();
        if (seal.Organisation is { } org)
        {
            facts.Add(new("seal-organisation", org.Organisation ?? org.CommonName ?? string.Empty));
            if (org.OrganizationIdentifier is { } id)
            {
                facts.Add(new("seal-organisation-identifier", id));
            }
        }

        if (seal.SigningTime is { } t)
        {
            facts.Add(new("signing-time", t.ToString("O", CultureInfo.InvariantCulture)));
        }

        if (seal.TimeStampTime is { } ts)
        {
            facts.Add(new("time-stamp", ts.ToString("O", CultureInfo.InvariantCulture)));
            facts.Add(new("time-stamp-validation", seal.TimeStampMessage));
        }

        if (seal.ProofOfExistence is { } poe)
        {
            facts.Add(new("proof-of-existence", poe.ToString("O", CultureInfo.InvariantCulture)));
        }

        return facts;
    }

    // EN 319 412-1 §5.1.4 semantics identifier: 3-letter type (VAT, NTR, PSD, LEI…), 2-letter country, '-', the id.
    // "VATFI-12345671" names the VAT number FI12345671; "NTRFI-1234567-1" the trade-register number 1234567-1.
    private static bool Matches(string sealer, string identifier)
    {
        if (string.Equals(sealer, identifier, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (sealer.Length < 7 || sealer[5] != '-')
        {
            return false;
        }

        var country = sealer[3..5];
        var id = sealer[6..];
        return string.Equals(id, identifier, StringComparison.OrdinalIgnoreCase)
            || string.Equals(country + id, identifier, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> IssuerIdentifiers(JsonElement credential)
    {
        if (!credential.TryGetProperty("issuer", out var issuer) || issuer.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var name in IdentifierMembers)
        {
            if (!issuer.TryGetProperty(name, out var value))
            {
                continue;
            }

            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            foreach (var item in items)
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("notation", out var n) && n.ValueKind == JsonValueKind.String)
                {
                    yield return n.GetString()!;
                }
            }
        }
    }
}
