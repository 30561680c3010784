namespace Credentials.JsonLd.Canonicalization;

/// <summary>The RDFC-1.0 §4.5 identifier issuer: a prefix, a counter and the identifiers issued so far, in order.</summary>
internal sealed class IdentifierIssuer
{
    private readonly string prefix;
    private readonly Dictionary<string, string> issued;
    private readonly List<string> order;
    private int counter;

    public IdentifierIssuer(string prefix)
    {
        this.prefix = prefix;
        issued = new Dictionary<string, string>(StringComparer.Ordinal);
        order = [];
    }

    private IdentifierIssuer(IdentifierIssuer other)
    {
        prefix = other.prefix;
        counter = other.counter;
        issued = new Dictionary<string, string>(other.issued, StringComparer.Ordinal);
        order = [.. other.order];
    }

    /// <summary>The existing identifiers in the order they were issued.</summary>
    public IReadOnlyList<string> IssuedOrder => order;

    public IReadOnlyDictionary<string, string> Issued => issued;

    public bool TryGet(string existing, out string? identifier) => issued.TryGetValue(existing, out identifier);

    public string Issue(string existing)
    {
        if (issued.TryGetValue(existing, out var id))
        {
            return id;
        }

        id = prefix + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        counter++;
        issued.Add(existing, id);
        order.Add(existing);
        return id;
    }

    public IdentifierIssuer Copy() => new(this);
}
