using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using Json.Schema;
using Json.Schema.Keywords;

namespace Credentials.Model.Schema;

/// <summary>
/// JsonSchema.Net's <c>$ref</c>, unchanged, plus a memory of subtrees already found valid against selected
/// definitions. Whether a JSON value satisfies a schema depends only on the value, so a subtree whose exact source bytes
/// (by SHA-256) already passed that definition passes again without being walked. Only shared parts are selected
/// (vocabulary concepts, the issuing organisation, the course specification): they recur across credentials, learner
/// data does not. Failures are never remembered, so every error is still found and reported by JsonSchema.Net itself.
/// A remembered pass carries no annotations, so a remembered definition must never be referenced where an
/// <c>unevaluatedProperties</c> of the same object depends on it (the ELM schema puts that keyword only inside closed
/// definitions). The memory is bounded and starts over when full. Thread-safe.
/// </summary>
internal sealed class MemoizingRefKeyword : RefKeyword
{
    /// <summary>Most remembered subtrees before the memory starts over.</summary>
    public const int Capacity = 4096;

    private readonly FrozenDictionary<string, int> _remembered;
    private readonly ConcurrentDictionary<JsonSchemaNode, int> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<SubtreeKey, bool> _valid = new();

    /// <param name="definitions">Names under <c>$defs</c> whose valid subtrees are remembered.</param>
    public MemoizingRefKeyword(IEnumerable<string> definitions)
    {
        _remembered = definitions.Select((name, index) => KeyValuePair.Create("/$defs/" + name, index)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>How many valid subtrees are remembered now.</summary>
    public int Count => _valid.Count;

    /// <inheritdoc />
    public override KeywordEvaluation Evaluate(KeywordData keyword, EvaluationContext context)
    {
        var number = keyword.Subschemas is [var target, ..] ? NumberOf(target) : -1;
        if (number < 0)
        {
            return base.Evaluate(keyword, context);
        }

        var key = KeyOf(number, context.Instance);
        if (_valid.ContainsKey(key))
        {
            return new KeywordEvaluation { Keyword = Name, IsValid = true };
        }

        var evaluation = base.Evaluate(keyword, context);
        if (evaluation.IsValid)
        {
            if (_valid.Count >= Capacity)
            {
                _valid.Clear();
            }

            _valid.TryAdd(key, true);
        }

        return evaluation;
    }

    private int NumberOf(JsonSchemaNode target) => _numbers.GetOrAdd(target, static (node, remembered) =>
#pragma warning disable CS0618 // the node's place in the schema is exactly what identifies a definition here
        remembered.TryGetValue(node.PathFromResourceRoot.ToString(), out var n) ? n : -1,
#pragma warning restore CS0618
        _remembered);

    private static SubtreeKey KeyOf(int schema, JsonElement source)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(JsonMarshal.GetRawUtf8Value(source), hash);
        return new SubtreeKey(
            schema,
            BinaryPrimitives.ReadUInt64LittleEndian(hash),
            BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]));
    }
}
