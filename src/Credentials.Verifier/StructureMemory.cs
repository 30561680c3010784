using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier;

/// <summary>
/// The structural verdicts (SHACL shapes, Annex I schema, controlled vocabularies) of credentials already checked, by
/// the SHA-256 of the credential's exact bytes. Those checks read nothing but the credential itself, the bundled
/// shapes, schema and vocabularies, and how the credential was secured, so the same bytes always get the same results:
/// the second look at a credential (a language switch, the PDF report, a recruiter checking again, one credential
/// checked by many) costs a hash instead of the RDF conversion and the shapes. Bounded; thread-safe; shared by the
/// verifiers made from one <see cref="VerifierOptions"/> (its <c>with</c> copies keep the same instance).
/// </summary>
public sealed class StructureMemory
{
    private readonly ConcurrentDictionary<string, CheckResult[]> _results = new(StringComparer.Ordinal);
    private readonly Lock _binding = new();
    private (object? Annex, object Shapes)? _judges;

    /// <summary>Creates an empty memory holding at most <paramref name="capacity"/> credentials' results.</summary>
    public StructureMemory(int capacity = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>How many credentials' results are kept before the memory starts over.</summary>
    public int Capacity { get; }

    /// <summary>How many credentials' results are held now.</summary>
    public int Count => _results.Count;

    /// <summary>
    /// Binds the memory to the schema and shapes whose verdicts it keeps; false (do not use the memory) for a check
    /// with other ones, whose verdicts on the same bytes may differ.
    /// </summary>
    internal bool BindTo(object? annex, object shapes)
    {
        lock (_binding)
        {
            _judges ??= (annex, shapes);
            return ReferenceEquals(_judges.Value.Annex, annex) && ReferenceEquals(_judges.Value.Shapes, shapes);
        }
    }

    internal static string KeyOf(JsonElement credential, string pointer, bool claimsMicroCredentialProfile)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonMarshal.GetRawUtf8Value(credential));
        hash.AppendData(Encoding.UTF8.GetBytes((claimsMicroCredentialProfile ? "\0profile\0" : "\0plain\0") + pointer));
        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    internal bool TryGet(string key, out IReadOnlyList<CheckResult> results)
    {
        var found = _results.TryGetValue(key, out var known);
        results = known ?? [];
        return found;
    }

    internal void Add(string key, IReadOnlyList<CheckResult> results)
    {
        if (_results.Count >= Capacity)
        {
            // Starting over is simpler than tracking recency, and costs one cold check per credential seen again.
            _results.Clear();
        }

        _results[key] = [.. results];
    }
}
