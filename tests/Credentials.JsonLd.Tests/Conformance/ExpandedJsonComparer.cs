using System.Text.Json.Nodes;

namespace Credentials.JsonLd.Tests.Conformance;

/// <summary>
/// Compares expanded JSON-LD as the W3C suite does: arrays are unordered sets except the values of <c>@list</c>,
/// numbers compare by value.
/// </summary>
internal static class ExpandedJsonComparer
{
    public static bool AreEquivalent(JsonNode? a, JsonNode? b, bool ordered = false)
    {
        switch (a)
        {
            case null:
                return b is null;
            case JsonObject oa:
                if (b is not JsonObject ob || oa.Count != ob.Count)
                {
                    return false;
                }

                foreach (var (key, value) in oa)
                {
                    if (!ob.TryGetPropertyValue(key, out var other))
                    {
                        return false;
                    }

                    // @value payloads of JSON literals are plain JSON, where array order matters.
                    if (!AreEquivalent(value, other, key is "@list" or "@value"))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray aa:
                if (b is not JsonArray ab || aa.Count != ab.Count)
                {
                    return false;
                }

                if (ordered)
                {
                    return aa.Zip(ab).All(p => AreEquivalent(p.First, p.Second));
                }

                var used = new bool[ab.Count];
                foreach (var item in aa)
                {
                    var match = Enumerable.Range(0, ab.Count).FirstOrDefault(i => !used[i] && AreEquivalent(item, ab[i]), -1);
                    if (match < 0)
                    {
                        return false;
                    }

                    used[match] = true;
                }

                return true;
            default:
                if (b is not JsonValue vb || a is not JsonValue va)
                {
                    return false;
                }

                if (va.TryGetValue<double>(out var da) && vb.TryGetValue<double>(out var db))
                {
                    return da == db;
                }

                return JsonNode.DeepEquals(va, vb);
        }
    }
}
