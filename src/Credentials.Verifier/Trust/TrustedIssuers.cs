using System.Text.Json;

namespace Credentials.Verifier.Trust;

/// <summary>
/// The operator's list of trusted issuers, read from JSON:
/// <c>{"name": "…", "issuers": [{"id": "did:…", "legalName": "…", "registration": "…", "country": "FIN"}]}</c>.
/// The optional <c>name</c> is what reports say the issuer's identity was confirmed by.
/// </summary>
public sealed class TrustedIssuers
{
    private readonly Dictionary<string, TrustedIssuer> _byId;

    /// <summary>The name used when the file gives none.</summary>
    public const string DefaultName = "the operator's list of trusted issuers";

    /// <summary>Creates a list from entries.</summary>
    public TrustedIssuers(IEnumerable<TrustedIssuer> issuers, string? name = null)
    {
        _byId = issuers.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Name = string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim();
    }

    /// <summary>The list's name, shown as the source of a trusted issuer's identity.</summary>
    public string Name { get; }

    /// <summary>The entries.</summary>
    public IReadOnlyCollection<TrustedIssuer> Issuers => _byId.Values;

    /// <summary>The entry for an issuer id, or null.</summary>
    public TrustedIssuer? Find(string issuerId) => _byId.GetValueOrDefault(issuerId);

    /// <summary>Parses the JSON form.</summary>
    /// <exception cref="FormatException">The JSON is malformed, has duplicate members, or an entry lacks id or legalName.</exception>
    public static TrustedIssuers Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("issuers", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("the trusted-issuers file must be an object with an 'issuers' array");
            }

            var entries = new List<TrustedIssuer>();
            foreach (var e in list.EnumerateArray())
            {
                string? S(string n) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var id = S("id");
                var name = S("legalName");
                if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
                {
                    throw new FormatException($"trusted issuer #{entries.Count + 1} needs 'id' and 'legalName'");
                }

                if (entries.Any(x => x.Id == id))
                {
                    throw new FormatException($"trusted issuer '{id}' is listed twice");
                }

                entries.Add(new TrustedIssuer(id, name, S("registration"), S("country")));
            }

            var listName = doc.RootElement.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            return new TrustedIssuers(entries, listName);
        }
        catch (JsonException e)
        {
            throw new FormatException("the trusted-issuers file is not valid JSON: " + e.Message, e);
        }
    }
}
