using Credentials.Proofs.Findings;
using System.Globalization;
using System.Text.Json;
using Credentials.Proofs.Jws;
using Credentials.Proofs.Presentations;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// Finds the credentials of a presentation's <c>verifiableCredential</c> (one value or a list): a credential object
/// (secured with Data Integrity, or unsigned), a compact VC-JWT string, or a VC Data Model 2.0
/// <c>EnvelopedVerifiableCredential</c> whose id is a <c>data:application/vc+jwt,</c> (or <c>data:application/jwt,</c>)
/// URL (§4.13.1).
/// </summary>
internal static class EmbeddedCredentials
{
    /// <summary>One credential: where it is, how it was embedded, and its text for the credential verifier.</summary>
    public sealed record Item(string Pointer, string Form, string Text);

    public static List<Item> Read(ParsedPresentation presentation, int max, List<CheckResult> problems)
    {
        var items = new List<Item>();
        if (!presentation.Presentation.TryGetProperty("verifiableCredential", out var vc))
        {
            return items;
        }

        var basePointer = presentation.Pointer + "/verifiableCredential";
        var entries = vc.ValueKind == JsonValueKind.Array
            ? vc.EnumerateArray().Select((e, i) => (e, basePointer + "/" + i.ToString(CultureInfo.InvariantCulture))).ToList()
            : [(vc, basePointer)];
        if (entries.Count > max)
        {
            problems.Add(new(PresentationCheckNames.Credentials, CheckOutcome.Failed, CheckCodes.PresentationTooManyCredentials, $"The presentation holds {entries.Count} credentials; the limit is {max}, so none was verified.", basePointer));
            return items;
        }

        foreach (var (entry, pointer) in entries)
        {
            if (ToItem(entry, pointer) is { } item)
            {
                items.Add(item);
            }
            else
            {
                problems.Add(new(PresentationCheckNames.Credentials, CheckOutcome.Failed, CheckCodes.PresentationCredentialMalformed, "This entry is neither a credential object, a compact token, nor an enveloped vc+jwt credential.", pointer));
            }
        }

        return items;
    }

    private static Item? ToItem(JsonElement entry, string pointer)
    {
        if (entry.ValueKind == JsonValueKind.String)
        {
            var token = entry.GetString()!;
            return CompactJws.LooksLikeCompact(token) ? new(pointer, "jwt", token) : null;
        }

        if (entry.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (!global::Credentials.Proofs.Formats.CredentialMembers.HasType(entry, PresentationContexts.EnvelopedCredentialType))
        {
            return new(pointer, "object", entry.GetRawText());
        }

        var id = entry.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : string.Empty;
        if (PresentationContexts.EnvelopedCredentialPrefixes.FirstOrDefault(p => id.StartsWith(p, StringComparison.Ordinal)) is not { } prefix)
        {
            return null;
        }

        var enveloped = id[prefix.Length..];
        return CompactJws.LooksLikeCompact(enveloped) ? new(pointer, "enveloped", enveloped) : null;
    }
}
