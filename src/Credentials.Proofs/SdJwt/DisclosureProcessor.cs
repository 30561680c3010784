using System.Text.Json.Nodes;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;

namespace Credentials.Proofs.SdJwt;

/// <summary>
/// RFC 9901 §7.1 steps 3–5: replaces every digest that a disclosure matches with the disclosed claim, drops the
/// unmatched ones (withheld claims and decoys), and reports every way the disclosures and digests can be made
/// ambiguous: a digest listed twice, a disclosure given twice or matching nothing, a disclosed name that is already
/// there or is <c>_sd</c>/<c>...</c>, an <c>_sd</c> that is not an array of strings, a <c>...</c> outside an array.
/// </summary>
internal sealed class DisclosureProcessor
{
    private readonly Dictionary<string, Disclosure> _byDigest;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<Finding> _problems = [];
    private readonly List<KeyValuePair<string, JsonNode?>> _disclosed = [];
    private int _withheld;

    private DisclosureProcessor(Dictionary<string, Disclosure> byDigest) => _byDigest = byDigest;

    /// <summary>Processes <paramref name="payload"/> (changed in place) with <paramref name="disclosures"/>, whose digests are distinct.</summary>
    public static (SelectiveDisclosure Disclosure, List<Finding> Problems) Process(JsonObject payload, IReadOnlyList<Disclosure> disclosures)
    {
        var processor = new DisclosureProcessor(disclosures.ToDictionary(d => d.Digest, StringComparer.Ordinal));
        processor.Object(payload, string.Empty);
        payload.Remove(SdJwtNames.DigestAlgorithm);
        foreach (var unused in disclosures.Where(d => !processor._used.Contains(d.Digest)))
        {
            processor._problems.Add(Finding.Failed(CheckCodes.FormatSdJwtDisclosureUnreferenced, $"The disclosure of '{unused.Name ?? "an array element"}' matches no digest the issuer signed."));
        }

        return (new SelectiveDisclosure(processor._disclosed, processor._withheld), processor._problems);
    }

    private void Object(JsonObject node, string pointer)
    {
        if (node.ContainsKey(SdJwtNames.ArrayDigest))
        {
            Problem(CheckCodes.FormatSdJwtDigestsMalformed, "An object has a '...' member, which SD-JWT allows only as the one member of an array element.", pointer + "/...");
        }

        if (node[SdJwtNames.Digests] is { } digests)
        {
            node.Remove(SdJwtNames.Digests);
            if (digests is not JsonArray list || list.Any(d => d is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.String))
            {
                Problem(CheckCodes.FormatSdJwtDigestsMalformed, "An '_sd' member is not an array of digest strings.", pointer + "/_sd");
            }
            else
            {
                foreach (var digest in list.Select(d => d!.GetValue<string>()))
                {
                    Property(node, pointer, digest);
                }
            }
        }

        foreach (var (name, value) in node.ToList())
        {
            Value(value, pointer + "/" + Escape(name));
        }
    }

    private void Property(JsonObject node, string pointer, string digest)
    {
        if (!Seen(digest, pointer + "/_sd") || !_byDigest.TryGetValue(digest, out var disclosure))
        {
            return;
        }

        _used.Add(digest);
        if (disclosure.Name is not { } name)
        {
            Problem(CheckCodes.FormatSdJwtDigestsMalformed, "An object's digest matches a disclosure of an array element.", pointer + "/_sd");
            return;
        }

        if (name is SdJwtNames.Digests or SdJwtNames.ArrayDigest || (pointer.Length == 0 && SdJwtClaims.MustBePlain(name)))
        {
            Problem(CheckCodes.FormatSdJwtClaimNameInvalid, $"A disclosure carries '{name}', which may not be selectively disclosed.", pointer + "/_sd");
            return;
        }

        if (node.ContainsKey(name))
        {
            Problem(CheckCodes.FormatSdJwtClaimClash, $"A disclosure carries '{name}', which the object already has.", pointer + "/" + Escape(name));
            return;
        }

        var value = disclosure.Value?.DeepClone();
        node[name] = value;
        _disclosed.Add(new(pointer + "/" + Escape(name), disclosure.Value));
    }

    private void Value(JsonNode? value, string pointer)
    {
        switch (value)
        {
            case JsonObject o:
                Object(o, pointer);
                break;
            case JsonArray a:
                Array(a, pointer);
                break;
        }
    }

    private void Array(JsonArray array, string pointer)
    {
        for (var i = 0; i < array.Count; i++)
        {
            var at = pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (array[i] is JsonObject { Count: 1 } element && element[SdJwtNames.ArrayDigest] is { } reference)
            {
                if (reference is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.String)
                {
                    Problem(CheckCodes.FormatSdJwtDigestsMalformed, "An array element's '...' is not a digest string.", at + "/...");
                    continue;
                }

                var digest = v.GetValue<string>();
                if (!Seen(digest, at) || !_byDigest.TryGetValue(digest, out var disclosure))
                {
                    array.RemoveAt(i--);
                    continue;
                }

                _used.Add(digest);
                if (disclosure.Name is not null)
                {
                    Problem(CheckCodes.FormatSdJwtDigestsMalformed, "An array element's digest matches a disclosure of an object property.", at);
                    array.RemoveAt(i--);
                    continue;
                }

                array[i] = disclosure.Value?.DeepClone();
                _disclosed.Add(new(at, disclosure.Value));
            }

            Value(array[i], at);
        }
    }

    // A digest may appear once in the whole token (RFC 9901 §7.1 step 3.3.1 / 3.4.2.1); an unmatched one is withheld or a decoy.
    private bool Seen(string digest, string pointer)
    {
        if (!_seen.Add(digest))
        {
            Problem(CheckCodes.FormatSdJwtDigestDuplicate, "The same digest is listed twice in the issuer-signed token.", pointer);
            return false;
        }

        if (!_byDigest.ContainsKey(digest))
        {
            _withheld++;
        }

        return true;
    }

    private void Problem(string code, string message, string pointer) => _problems.Add(Finding.Failed(code, message, pointer));

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
