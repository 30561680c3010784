using Credentials.Proofs.Findings;
using System.Text.Json;
using Credentials.Proofs.Jades;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// The key that signed must be controlled by the issuer the credential names: otherwise anyone with any key could
/// sign "issued by University X" (VC Data Model 1.1 §6.3.1 <c>iss</c>; VC-JOSE-COSE §3.1.1). For a JAdES seal, the
/// seal certificate's organisation identifier must be one of the issuer's registered identifiers.
/// </summary>
internal sealed class IssuerCheck : ICheck
{
    private static readonly string[] IdentifierMembers = ["eIDASIdentifier", "vatIdentifier", "registration", "taxIdentifier", "identifier"];

    public string Name => CheckNames.Issuer;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context));

    private IReadOnlyList<CheckResult> Run(VerificationContext context)
    {
        if (context.Credential is null)
        {
            return Result.Skipped(Name, CheckCodes.IssuerSkipped, "the format check did not find a credential.");
        }

        if (context.Seal is { } seal)
        {
            return SealBinding(context, seal);
        }

        if (string.IsNullOrEmpty(context.IssuerId))
        {
            return Result.One(Name, CheckOutcome.Failed, CheckCodes.IssuerMissing, "The credential names no issuer id.", context.CredentialPointer + "/issuer");
        }

        if (context.SignerController is not { } controller)
        {
            return Result.Skipped(Name, CheckCodes.IssuerSkipped, "the proof check did not establish the signing key.");
        }

        return controller == context.IssuerId
            ? Result.One(Name, CheckOutcome.Passed, CheckCodes.IssuerValid, $"The signing key belongs to the issuer {context.IssuerId}.")
            : Result.One(Name, CheckOutcome.Failed, CheckCodes.IssuerKeyNotControlled, $"The credential names {context.IssuerId} as issuer, but was signed with a key of {controller}.", context.CredentialPointer + "/issuer");
    }

    // ETSI EN 319 412-1 §5.1.4: organizationIdentifier is e.g. "VATES-A00000000"; the credential holds "A00000000".
    private IReadOnlyList<CheckResult> SealBinding(VerificationContext context, JadesVerification seal)
    {
        if (!context.Passed(CheckNames.Proof) || seal.Organisation is not { } org)
        {
            return Result.Skipped(Name, CheckCodes.IssuerSkipped, "the seal is not proved intact.");
        }

        var identifiers = IssuerIdentifiers(context.Credential!.Value).ToList();
        var sealer = org.OrganizationIdentifier;
        var bound = sealer is not null && identifiers.Any(id => Matches(sealer, id));
        return bound
            ? Result.One(Name, CheckOutcome.Passed, CheckCodes.IssuerValid, $"The seal certificate of {org.Organisation} carries {sealer}, an identifier of the issuer.")
            : Result.One(Name, CheckOutcome.Indeterminate, CheckCodes.IssuerSealNotBound, $"Sealed by {org.Organisation ?? org.CommonName} ({sealer ?? "no organisation identifier"}, {org.Country}); the issuer's identifiers in the credential ({(identifiers.Count == 0 ? "none" : string.Join(", ", identifiers))}) do not include it.", context.CredentialPointer + "/issuer");
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
