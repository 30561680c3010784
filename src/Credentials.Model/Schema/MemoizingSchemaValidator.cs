using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Credentials.Model.Schema;

/// <summary>
/// NJsonSchema's validator, unchanged, plus a memory of subtrees already found valid against selected schema nodes.
/// Whether a JSON value satisfies a schema depends only on the value, so a subtree whose exact source bytes (by
/// SHA-256) already passed that node passes again without being walked. Only shared parts are selected (vocabulary
/// concepts, the issuing organisation, the course specification): they recur across credentials, learner data does
/// not. Failures are never remembered, so every error is still found and reported by NJsonSchema itself. The memory
/// is bounded and starts over when full. Thread-safe.
/// </summary>
internal sealed class MemoizingSchemaValidator : JsonSchemaValidator
{
    /// <summary>Most remembered subtrees before the memory starts over.</summary>
    public const int Capacity = 4096;

    private readonly FrozenDictionary<JsonSchema, int> _remembered;
    private readonly ConcurrentDictionary<SubtreeKey, bool> _valid = new();

    public MemoizingSchemaValidator(IEnumerable<JsonSchema> remembered)
        : base(new JsonSchemaValidatorSettings())
    {
        _remembered = remembered.Select((schema, index) => KeyValuePair.Create(schema, index))
            .ToFrozenDictionary(ReferenceEqualityComparer.Instance);
    }

    /// <summary>How many valid subtrees are remembered now.</summary>
    public int Count => _valid.Count;

    /// <inheritdoc />
    protected override ICollection<ValidationError> Validate(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
    {
        if (token is not SourcedObject sourced || !_remembered.TryGetValue(schema, out var number))
        {
            return base.Validate(token, schema, schemaType, propertyName, propertyPath);
        }

        var key = KeyOf(number, sourced.Source);
        if (_valid.ContainsKey(key))
        {
            return [];
        }

        var errors = base.Validate(token, schema, schemaType, propertyName, propertyPath);
        if (errors.Count == 0)
        {
            if (_valid.Count >= Capacity)
            {
                _valid.Clear();
            }

            _valid.TryAdd(key, true);
        }

        return errors;
    }

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
