using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Credentials.Model.Text;

/// <summary>
/// Multilingual text: a BCP 47 language tag mapped to the text in that language, as JSON-LD language maps carry it
/// (<c>{"en": "...", "fi": "..."}</c>). Tags compare case-insensitively (BCP 47 §2.1.1); entries keep the order of
/// ordinal tag comparison so serialization is deterministic.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "JSON-LD calls this a language map; the spec term wins.")]
public sealed partial class LanguageMap : IReadOnlyDictionary<string, string>, IEquatable<LanguageMap>
{
    // A handful of entries at most, so a sorted array: searched linearly, no tree nodes or enumerators to allocate.
    private readonly KeyValuePair<string, string>[] entries;

    /// <summary>Creates a map from tag/text pairs. Later duplicates of a tag (in any case) replace earlier ones' text.</summary>
    /// <exception cref="ArgumentException">A tag is not a well-formed BCP 47 tag, or a text is null.</exception>
    public LanguageMap(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<KeyValuePair<string, string>>(entries is ICollection<KeyValuePair<string, string>> c ? c.Count : 4);
        foreach (var (tag, text) in entries)
        {
            if (!IsWellFormedTag(tag))
            {
                throw new ArgumentException($"'{tag}' is not a well-formed BCP 47 language tag.", nameof(entries));
            }

            if (text is null)
            {
                throw new ArgumentException("Language map text must not be null.", nameof(entries));
            }

            var at = IndexOf(list, tag);
            if (at >= 0)
            {
                list[at] = new KeyValuePair<string, string>(list[at].Key, text);
            }
            else
            {
                list.Add(new KeyValuePair<string, string>(tag, text));
            }
        }

        list.Sort(static (a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Key, b.Key));
        this.entries = [.. list];
    }

    /// <summary>The map without entries.</summary>
    public static LanguageMap Empty { get; } = new([]);

    /// <summary>A map with one entry.</summary>
    public static LanguageMap Of(string tag, string text) => new([new KeyValuePair<string, string>(tag, text)]);

    /// <summary>A map with the given (tag, text) entries.</summary>
    public static LanguageMap Of(params (string Tag, string Text)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, string>(e.Tag, e.Text)));

    /// <inheritdoc />
    public int Count => entries.Length;

    /// <summary>True when the map has no entries.</summary>
    public bool IsEmpty => entries.Length == 0;

    /// <inheritdoc />
    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<string> Values => entries.Select(e => e.Value);

    /// <inheritdoc />
    public string this[string key] => TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"The language map has no '{key}' entry.");

    /// <summary>
    /// The best text for the reader's preferred languages: an exact tag match in preference order, then a match on
    /// the primary subtag (<c>en-GB</c> finds <c>en</c> and the reverse), then English, then the first entry.
    /// Returns null only for an empty map.
    /// </summary>
    public string? Best(IEnumerable<string> preferred)
    {
        ArgumentNullException.ThrowIfNull(preferred);
        if (entries.Length == 0)
        {
            return null;
        }

        var wanted = preferred as IReadOnlyCollection<string> ?? preferred.ToList();
        foreach (var tag in wanted)
        {
            if (TryGetValue(tag, out var exact))
            {
                return exact;
            }
        }

        foreach (var tag in wanted)
        {
            var primary = PrimarySubtag(tag);
            foreach (var (key, text) in entries)
            {
                if (PrimarySubtag(key).Equals(primary, StringComparison.OrdinalIgnoreCase))
                {
                    return text;
                }
            }
        }

        return TryGetValue("en", out var english) ? english : entries[0].Value;
    }

    /// <summary>The best text for one preferred language; see <see cref="Best(IEnumerable{string})"/>.</summary>
    public string? Best(string preferred) => Best([preferred]);

    /// <summary>A copy with the entry for <paramref name="tag"/> set to <paramref name="text"/>.</summary>
    public LanguageMap With(string tag, string text) =>
        new(entries.Append(new KeyValuePair<string, string>(tag, text)));

    /// <summary>The JSON form, <c>{"tag": "text", ...}</c>, in ordinal tag order.</summary>
    public JsonObject ToJson()
    {
        var obj = new JsonObject();
        foreach (var (tag, text) in entries)
        {
            obj[tag] = text;
        }

        return obj;
    }

    /// <summary>
    /// Reads a JSON language map. Returns null when <paramref name="element"/> is not an object, has no string
    /// members, or a member name is not a well-formed tag. Non-string members and text that is not valid UTF-8 are skipped.
    /// A bare JSON string is accepted as text in <paramref name="fallbackTag"/> when one is given.
    /// </summary>
    public static LanguageMap? FromJson(JsonElement element, string? fallbackTag = null)
    {
        if (element.ValueKind == JsonValueKind.String && fallbackTag is not null)
        {
            return TryGetString(element) is { } text ? Of(fallbackTag, text) : null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var member in element.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.String && IsWellFormedTag(member.Name) && TryGetString(member.Value) is { } text)
            {
                pairs.Add(new KeyValuePair<string, string>(member.Name, text));
            }
        }

        return pairs.Count == 0 ? null : new LanguageMap(pairs);
    }

    /// <summary>
    /// True when <paramref name="tag"/> has the shape of a BCP 47 tag (RFC 5646 §2.1: alphabetic primary subtag of
    /// 2–8 letters, then alphanumeric subtags of 1–8 characters separated by hyphens).
    /// </summary>
    public static bool IsWellFormedTag(string? tag) => tag is not null && TagPattern().IsMatch(tag);

    /// <inheritdoc />
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public bool TryGetValue(string key, out string value)
    {
        foreach (var (tag, text) in entries)
        {
            if (string.Equals(tag, key, StringComparison.OrdinalIgnoreCase))
            {
                value = text;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(LanguageMap? other) =>
        other is not null
        && other.entries.Length == entries.Length
        && entries.All(e => other.TryGetValue(e.Key, out var t) && string.Equals(t, e.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LanguageMap);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (tag, text) in entries)
        {
            hash.Add(tag, StringComparer.OrdinalIgnoreCase);
            hash.Add(text, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => ToJson().ToJsonString();

    private static string? TryGetString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // The bytes are not valid UTF-8; System.Text.Json only finds out when the string is read.
            return null;
        }
    }

    private static ReadOnlySpan<char> PrimarySubtag(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? tag : tag.AsSpan(0, dash);
    }

    private static int IndexOf(List<KeyValuePair<string, string>> list, string tag)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i].Key, tag, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
