using Credentials.Proofs.Findings;
using System.Globalization;
using System.Text.Json;
using Credentials.Model.Status;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Status;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Revocation and suspension (W3C Bitstring Status List v1.0 §3.2): every <c>BitstringStatusListEntry</c> is looked
/// up in its list, whose own signature and issuer are checked first. A list that cannot be had or trusted makes the
/// status Indeterminate: failing closed, never reporting "not revoked" unchecked.
/// </summary>
internal sealed class StatusCheck : ICheck
{
    private readonly StatusListVerifier _lists;
    private readonly TokenStatusListVerifier _tokens;

    public StatusCheck(StatusListVerifier lists, TokenStatusListVerifier tokens)
    {
        _lists = lists;
        _tokens = tokens;
    }

    public string Name => CheckNames.Status;

    public async ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        if (context.Credential is not { } credential)
        {
            return Result.Skipped(Name, CheckCodes.StatusSkipped, "the format check did not find a credential.");
        }

        // An SD-JWT VC names its status as an IETF Token Status List reference (draft-ietf-oauth-status-list §6.1).
        if (!credential.TryGetProperty("credentialStatus", out _) && credential.TryGetProperty("status", out var tokenStatus))
        {
            return [await CheckTokenStatusAsync(context, tokenStatus, cancellationToken).ConfigureAwait(false)];
        }

        if (!credential.TryGetProperty("credentialStatus", out var status))
        {
            return Result.One(Name, CheckOutcome.Skipped, CheckCodes.StatusNone, "The credential declares no revocation status.");
        }

        var pointer = context.CredentialPointer + "/credentialStatus";
        if (!_lists.HasSource || context.IssuerId is not { } issuer)
        {
            return Result.One(Name, CheckOutcome.Indeterminate, CheckCodes.StatusUnchecked, "The credential has a revocation status, but no status list was given to check it against.", pointer);
        }

        var entries = status.ValueKind == JsonValueKind.Array ? status.EnumerateArray().ToList() : [status];
        var results = new List<CheckResult>(entries.Count);
        var lists = new Dictionary<string, StatusListLookup>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entryPointer = status.ValueKind == JsonValueKind.Array ? pointer + "/" + i.ToString(CultureInfo.InvariantCulture) : pointer;
            results.Add(await CheckEntryAsync(entries[i], entryPointer, issuer, lists, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<CheckResult> CheckEntryAsync(JsonElement entry, string pointer, string issuer, Dictionary<string, StatusListLookup> lists, CancellationToken cancellationToken)
    {
        if (entry.ValueKind != JsonValueKind.Object
            || String(entry, "type") != "BitstringStatusListEntry"
            || String(entry, "statusPurpose") is not { } purpose
            || String(entry, "statusListCredential") is not { } url
            || String(entry, "statusListIndex") is not { } indexText)
        {
            return One(CheckOutcome.Indeterminate, CheckCodes.StatusUnchecked, "A status entry is not a BitstringStatusListEntry this verifier can check.", pointer);
        }

        // §2.1: statusListIndex is an arbitrary-size integer as a base-10 string; anything else cannot name a bit.
        if (!long.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return One(CheckOutcome.Failed, CheckCodes.StatusIndexOutOfRange, $"The status index '{indexText}' is not a non-negative base-10 integer.", pointer + "/statusListIndex");
        }

        if (!lists.TryGetValue(url, out var list))
        {
            list = await _lists.LookupAsync(url, issuer, cancellationToken).ConfigureAwait(false);
            lists[url] = list;
        }

        if (list.Bits is not { } bits)
        {
            return One(CheckOutcome.Indeterminate, list.Code!, list.Message!, pointer + "/statusListCredential");
        }

        // §3.2 step 7: the entry's purpose must be the list's.
        if (list.Purpose != purpose)
        {
            return One(CheckOutcome.Indeterminate, CheckCodes.StatusListInvalid, $"The status list {url} is a {list.Purpose} list, but the entry asks about {purpose}.", pointer + "/statusPurpose");
        }

        if (!bits.TryGet(index, out var set))
        {
            return One(CheckOutcome.Failed, CheckCodes.StatusIndexOutOfRange, $"The status index {index} lies outside the list's {bits.Length} entries.", pointer + "/statusListIndex");
        }

        return (set, purpose) switch
        {
            (false, _) => One(CheckOutcome.Passed, CheckCodes.StatusActive, $"Not set in the {purpose} list.", null) with { Explained = StatusWords.NotSet(purpose) },
            (true, StatusPurposeNames.Revocation) => One(CheckOutcome.Failed, CheckCodes.StatusRevoked, "The issuer has revoked this credential.", pointer),
            (true, StatusPurposeNames.Suspension) => One(CheckOutcome.Failed, CheckCodes.StatusSuspended, "The issuer has suspended this credential.", pointer),
            _ => One(CheckOutcome.Indeterminate, CheckCodes.StatusUnchecked, $"The bit is set for the purpose '{purpose}', which this verifier does not know.", pointer),
        };
    }

    private async Task<CheckResult> CheckTokenStatusAsync(VerificationContext context, JsonElement status, CancellationToken cancellationToken)
    {
        const string Pointer = "/status/status_list";
        if (status.ValueKind != JsonValueKind.Object || !status.TryGetProperty("status_list", out var reference) || reference.ValueKind != JsonValueKind.Object
            || !reference.TryGetProperty("uri", out var uriJson) || uriJson.ValueKind != JsonValueKind.String
            || !reference.TryGetProperty("idx", out var idxJson) || idxJson.ValueKind != JsonValueKind.Number)
        {
            return One(CheckOutcome.Indeterminate, CheckCodes.StatusUnchecked, "The status is not a Token Status List reference {idx, uri} this verifier can check.", "/status");
        }

        if (!idxJson.TryGetInt64(out var index) || index < 0)
        {
            return One(CheckOutcome.Failed, CheckCodes.StatusIndexOutOfRange, "The status index is not a non-negative integer.", Pointer + "/idx");
        }

        if (!_tokens.HasSource || context.IssuerId is not { } issuer)
        {
            return One(CheckOutcome.Indeterminate, CheckCodes.StatusUnchecked, "The credential has a status, but no status list was given to check it against.", Pointer);
        }

        var uri = uriJson.GetString()!;
        var lookup = await _tokens.LookupAsync(uri, issuer, context.Options.ClockSkew, cancellationToken).ConfigureAwait(false);
        if (lookup.List is not { } list)
        {
            return One(CheckOutcome.Indeterminate, lookup.Code!, lookup.Message!, Pointer + "/uri");
        }

        if (!list.TryGet(index, out var value))
        {
            return One(CheckOutcome.Failed, CheckCodes.StatusIndexOutOfRange, $"The status index {index} lies outside the list's {list.Count} entries.", Pointer + "/idx");
        }

        return value switch
        {
            Model.Status.TokenStatusList.Valid => One(CheckOutcome.Passed, CheckCodes.StatusActive, "VALID in the issuer's Token Status List.", null),
            Model.Status.TokenStatusList.Invalid => One(CheckOutcome.Failed, CheckCodes.StatusRevoked, "The issuer has revoked this credential.", Pointer),
            Model.Status.TokenStatusList.Suspended => One(CheckOutcome.Failed, CheckCodes.StatusSuspended, "The issuer has suspended this credential.", Pointer),
            _ => One(CheckOutcome.Indeterminate, CheckCodes.StatusUnchecked, $"The list gives the status {value}, which this verifier does not know.", Pointer),
        };
    }

    private CheckResult One(CheckOutcome outcome, string code, string message, string? pointer) =>
        Result.One(Name, outcome, code, message, pointer)[0];

    private static string? String(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
