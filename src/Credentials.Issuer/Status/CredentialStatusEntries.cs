using System.Globalization;
using System.Text.Json.Nodes;
using Credentials.Model.Registry;
using Credentials.Model.Status;

namespace Credentials.Issuer.Status;

/// <summary>Writes a credential's <c>credentialStatus</c>: one <c>BitstringStatusListEntry</c> per allocation.</summary>
public static class CredentialStatusEntries
{
    /// <summary>The Bitstring Status List context that a VC Data Model 1.1 document needs for these terms.</summary>
    public const string Context = "https://www.w3.org/ns/credentials/status/v1";

    /// <summary>The entry type.</summary>
    public const string EntryType = "BitstringStatusListEntry";

    /// <summary>
    /// Builds the entries (Bitstring Status List v1.0 §2.1: <c>id</c>, <c>type</c>, <c>statusPurpose</c>,
    /// <c>statusListIndex</c> as a base-10 string, <c>statusListCredential</c>).
    /// </summary>
    public static JsonArray Build(IEnumerable<StatusAllocation> allocations, StatusListUrls urls)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        ArgumentNullException.ThrowIfNull(urls);
        var entries = new JsonArray();
        foreach (var allocation in allocations.OrderBy(a => a.Purpose))
        {
            var list = urls.ListUrl(allocation.ListId);
            var index = allocation.Index.ToString(CultureInfo.InvariantCulture);
            entries.Add(new JsonObject
            {
                ["id"] = list + "#" + index,
                ["type"] = EntryType,
                ["statusPurpose"] = allocation.Purpose.ToName(),
                ["statusListIndex"] = index,
                ["statusListCredential"] = list,
            });
        }

        return entries;
    }

    /// <summary>Adds the entries and the status context to an ELM document (in place).</summary>
    public static void AddTo(JsonObject document, JsonArray entries)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entries);
        // The VCDM 2.0 context defines the status terms itself (and protects them); only 1.1 documents need this one.
        if (document["@context"] is JsonArray contexts && !Issuing.W3cCredentials.IsDataModel2(document)
            && !contexts.Any(c => c is JsonValue v && v.TryGetValue<string>(out var s) && s == Context))
        {
            contexts.Add(Context);
        }

        document["credentialStatus"] = entries.Count == 1 ? entries[0]!.DeepClone() : entries.DeepClone();
    }
}
