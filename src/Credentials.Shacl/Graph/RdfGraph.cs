using Credentials.JsonLd.Rdf;

namespace Credentials.Shacl.Graph;

/// <summary>
/// An indexed, read-only set of triples (the default graph of a dataset, or several merged) for the lookups SHACL
/// needs: objects of (subject, predicate), subjects of (predicate, object), and all triples of a predicate.
/// </summary>
internal sealed class RdfGraph
{
    private static readonly IReadOnlyList<RdfTerm> None = [];
    private readonly Dictionary<(RdfTerm, RdfTerm), List<RdfTerm>> objects = [];
    private readonly Dictionary<(RdfTerm, RdfTerm), List<RdfTerm>> subjects = [];
    private readonly Dictionary<RdfTerm, List<(RdfTerm Predicate, RdfTerm Object)>> outgoing = [];
    private readonly Dictionary<RdfTerm, List<(RdfTerm Subject, RdfTerm Object)>> byPredicate = [];

    public RdfGraph(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (var quad in quads)
        {
            if (quad.Graph is not null)
            {
                continue;
            }

            Add(objects, (quad.Subject, quad.Predicate), quad.Object);
            Add(subjects, (quad.Predicate, quad.Object), quad.Subject);
            Add(outgoing, quad.Subject, (quad.Predicate, quad.Object));
            Add(byPredicate, quad.Predicate, (quad.Subject, quad.Object));
            Count++;
        }
    }

    public int Count { get; }

    public IReadOnlyList<RdfTerm> Objects(RdfTerm subject, RdfTerm predicate) =>
        objects.TryGetValue((subject, predicate), out var list) ? list : None;

    public RdfTerm? Object(RdfTerm subject, RdfTerm predicate) =>
        objects.TryGetValue((subject, predicate), out var list) ? list[0] : null;

    public IReadOnlyList<RdfTerm> Subjects(RdfTerm predicate, RdfTerm @object) =>
        subjects.TryGetValue((predicate, @object), out var list) ? list : None;

    public IReadOnlyList<(RdfTerm Predicate, RdfTerm Object)> Outgoing(RdfTerm subject) =>
        outgoing.TryGetValue(subject, out var list) ? list : [];

    public IReadOnlyList<(RdfTerm Subject, RdfTerm Object)> WithPredicate(RdfTerm predicate) =>
        byPredicate.TryGetValue(predicate, out var list) ? list : [];

    /// <summary>Every subject of the graph (the possible starts of a forward path).</summary>
    public IEnumerable<RdfTerm> AllSubjects() => outgoing.Keys;

    public bool Contains(RdfTerm subject, RdfTerm predicate, RdfTerm @object) =>
        objects.TryGetValue((subject, predicate), out var list) && list.Contains(@object);

    /// <summary>The members of an RDF list (rdf:first/rdf:rest), stopping at a cycle or a malformed cell.</summary>
    public IReadOnlyList<RdfTerm> List(RdfTerm head)
    {
        var items = new List<RdfTerm>();
        var seen = new HashSet<RdfTerm>();
        var cell = head;
        while (cell.Value != RdfVocabulary.Nil && seen.Add(cell))
        {
            var first = Object(cell, ShaclTerms.First);
            var rest = Object(cell, ShaclTerms.Rest);
            if (first is null || rest is null)
            {
                break;
            }

            items.Add(first);
            cell = rest;
        }

        return items;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index.Add(key, list);
        }

        list.Add(value);
    }
}
