using System.Text;
using System.Text.Json.Nodes;

namespace Credentials.TestKit.Fuzzing;

/// <summary>
/// One change to a seed, as plain numbers so that FsCheck can generate it and a failure prints it: the layer, the kind,
/// and three choices (a position, a length or a path, a fragment or a byte), each taken modulo what the layer offers.
/// </summary>
public sealed record Mutation(MutationKind Kind, int Layer, int A, int B, int C)
{
    /// <summary>Applies the mutation to <paramref name="seed"/>.</summary>
    public MutatedInput Apply(FuzzSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var layers = LayersOf(seed);
        var json = Kind >= MutationKind.ReplaceValue;
        var candidates = json ? layers.Where(l => l.IsJson).ToList() : layers;
        if (candidates.Count == 0)
        {
            return (this with { Kind = MutationKind.FlipBytes }).Apply(seed);
        }

        var layer = candidates[Layer % candidates.Count];
        var changed = json ? ChangeJson(layer.Bytes) : ChangeBytes(layer.Bytes);
        var bytes = layer.Rebuild(changed);
        return new MutatedInput(bytes, $"{seed.Name} {layer.Where} {this}", layer.IsSigned && !changed.AsSpan().SequenceEqual(layer.Bytes));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FuzzSeed, List<FuzzLayer>> Cache = new();

    private static List<FuzzLayer> LayersOf(FuzzSeed seed) => Cache.GetValue(seed, s => FuzzLayers.Of(s.Bytes));

    private byte[] ChangeBytes(byte[] bytes)
    {
        var length = bytes.Length;
        if (length == 0)
        {
            return [(byte)C];
        }

        var at = A % length;
        var span = 1 + (B % Math.Max(1, (B & 1) == 0 ? Math.Min(length, 64) : length));
        span = Math.Min(span, length - at);
        switch (Kind)
        {
            case MutationKind.FlipBytes:
                var copy = (byte[])bytes.Clone();
                for (var i = 0; i <= B % 4; i++)
                {
                    copy[(int)(((long)at + (i * 7919L * (C | 1))) % length)] ^= (byte)((C >> (8 * i)) | 1);
                }

                return copy;
            case MutationKind.Truncate:
                return bytes[..at];
            case MutationKind.DuplicateSegment:
                var to = C % (length + 1);
                return [.. bytes[..to], .. bytes.AsSpan(at, span), .. bytes[to..]];
            case MutationKind.DeleteSegment:
                return [.. bytes[..at], .. bytes[(at + span)..]];
            default:
                return [.. bytes[..at], (byte)C, .. bytes[at..]];
        }
    }

    private byte[] ChangeJson(byte[] json)
    {
        var root = RawJson.TryParse(json)!;
        var paths = RawJson.Paths(root);
        switch (Kind)
        {
            case MutationKind.ReplaceValue:
                return RawJson.Replace(json, paths[A % paths.Count], JsonFragments.Values[C % JsonFragments.Values.Count]);
            case MutationKind.BreakString:
                var strings = paths.Where(p => RawJson.At(root, p) is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
                if (strings.Count == 0)
                {
                    return RawJson.Replace(json, paths[A % paths.Count], [(byte)'"', .. JsonFragments.InString[C % JsonFragments.InString.Count], (byte)'"']);
                }

                var path = strings[A % strings.Count];
                var text = Encoding.UTF8.GetBytes(RawJson.At(root, path)!.GetValue<string>());
                var cut = text.Length == 0 ? 0 : B % (text.Length + 1);
                var quoted = RawJson.QuoteRaw([.. text[..cut], .. JsonFragments.InString[C % JsonFragments.InString.Count], .. text[cut..]]);
                return RawJson.Replace(json, path, Unescaped(quoted, JsonFragments.InString[C % JsonFragments.InString.Count]));
            default:
                var members = paths.Where(p => p.Length > 0 && (Kind == MutationKind.RemoveMember || p[^1] is string)).ToList();
                if (members.Count == 0)
                {
                    return (this with { Kind = MutationKind.ReplaceValue }).ChangeJson(json);
                }

                var member = members[A % members.Count];
                return Kind == MutationKind.RemoveMember
                    ? RawJson.Remove(json, member)
                    : RawJson.Duplicate(json, member, JsonFragments.Values[C % JsonFragments.Values.Count]);
        }
    }

    // QuoteRaw escapes control bytes; a fragment that is meant raw (a raw ESC, CR/LF, NUL: invalid inside a JSON
    // string) goes back in unescaped, as an attacker would send it.
    private static byte[] Unescaped(byte[] quoted, byte[] fragment)
    {
        if (!fragment.Any(b => b < 0x20))
        {
            return quoted;
        }

        var escaped = RawJson.QuoteRaw(fragment)[1..^1];
        var at = quoted.AsSpan().IndexOf(escaped);
        return at < 0 ? quoted : [.. quoted[..at], .. fragment, .. quoted[(at + escaped.Length)..]];
    }
}
