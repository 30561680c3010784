using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Credentials.JsonLd.Canonicalization;

/// <summary>One run of the RDFC-1.0 canonicalization algorithm (§4.4) over one dataset.</summary>
internal sealed class CanonicalizationRun
{
    // RDFC-1.0 §4.6.3 step 3.1.1: the reference blank node is written _:a, every other blank node _:z.
    private static readonly RdfTerm SelfNode = RdfTerm.BlankNode("a");
    private static readonly RdfTerm OtherNode = RdfTerm.BlankNode("z");

    private readonly List<Quad> quads;
    private readonly RdfcOptions options;
    private readonly Dictionary<string, List<Quad>> blankNodeQuads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> firstDegreeCache = new(StringComparer.Ordinal);
    private readonly IdentifierIssuer canonicalIssuer = new("c14n");
    private readonly StringBuilder scratch = new();
    private int nDegreeCalls;

    public CanonicalizationRun(RdfDataset dataset, RdfcOptions options)
    {
        quads = [.. dataset];
        this.options = options;
    }

    public CanonicalizationResult Run()
    {
        // RDFC-1.0 §4.4.3 step 2: map every blank node to the quads that mention it.
        foreach (var quad in quads)
        {
            AddMention(quad.Subject, quad);
            AddMention(quad.Object, quad);
            if (quad.Graph is not null)
            {
                AddMention(quad.Graph, quad);
            }
        }

        // Step 3: group blank nodes by their first-degree hash.
        var hashToBlankNodes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var node in blankNodeQuads.Keys)
        {
            var hash = HashFirstDegree(node);
            if (!hashToBlankNodes.TryGetValue(hash, out var list))
            {
                list = [];
                hashToBlankNodes.Add(hash, list);
            }

            list.Add(node);
        }

        // Step 4: unique hashes get canonical identifiers in hash order.
        var shared = new List<List<string>>();
        foreach (var (_, nodes) in hashToBlankNodes)
        {
            if (nodes.Count == 1)
            {
                canonicalIssuer.Issue(nodes[0]);
            }
            else
            {
                shared.Add(nodes);
            }
        }

        // Step 5: the remaining groups are told apart by Hash N-Degree Quads, still in first-degree hash order.
        foreach (var nodes in shared)
        {
            var results = new List<(string Hash, IdentifierIssuer Issuer)>();
            foreach (var node in nodes)
            {
                if (canonicalIssuer.TryGet(node, out _))
                {
                    continue;
                }

                var temporary = new IdentifierIssuer("b");
                temporary.Issue(node);
                results.Add(HashNDegree(node, temporary));
            }

            results.Sort((a, b) => string.CompareOrdinal(a.Hash, b.Hash));
            foreach (var (_, issuer) in results)
            {
                foreach (var existing in issuer.IssuedOrder)
                {
                    canonicalIssuer.Issue(existing);
                }
            }
        }

        // Step 6 and §4.4.3's output: relabel, serialize and sort in code point order.
        var lines = new List<string>(quads.Count);
        foreach (var quad in quads)
        {
            scratch.Clear();
            NQuads.AppendQuad(scratch, Relabel(quad));
            lines.Add(scratch.ToString());
        }

        lines.Sort(CodePointComparer.Instance);
        var issued = new Dictionary<string, string>(canonicalIssuer.Issued, StringComparer.Ordinal);
        return new CanonicalizationResult(lines, issued);
    }

    private void AddMention(RdfTerm term, Quad quad)
    {
        if (!term.IsBlankNode)
        {
            return;
        }

        if (!blankNodeQuads.TryGetValue(term.Value, out var list))
        {
            list = [];
            blankNodeQuads.Add(term.Value, list);
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], quad))
        {
            list.Add(quad);
        }
    }

    private Quad Relabel(Quad quad)
    {
        if (!quad.Subject.IsBlankNode && !quad.Object.IsBlankNode && quad.Graph is not { IsBlankNode: true })
        {
            return quad;
        }

        return new Quad(RelabelTerm(quad.Subject), quad.Predicate, RelabelTerm(quad.Object), quad.Graph is null ? null : RelabelTerm(quad.Graph));
    }

    private RdfTerm RelabelTerm(RdfTerm term)
    {
        if (!term.IsBlankNode)
        {
            return term;
        }

        canonicalIssuer.TryGet(term.Value, out var id);
        return RdfTerm.BlankNode(id!);
    }

    /// <summary>RDFC-1.0 §4.6 Hash First Degree Quads.</summary>
    private string HashFirstDegree(string reference)
    {
        if (firstDegreeCache.TryGetValue(reference, out var cached))
        {
            return cached;
        }

        var mentions = blankNodeQuads[reference];
        var serialized = new List<string>(mentions.Count);
        foreach (var quad in mentions)
        {
            scratch.Clear();
            NQuads.AppendQuad(scratch, new Quad(
                FirstDegreeTerm(quad.Subject, reference),
                quad.Predicate,
                FirstDegreeTerm(quad.Object, reference),
                quad.Graph is null ? null : FirstDegreeTerm(quad.Graph, reference)));
            serialized.Add(scratch.ToString());
        }

        serialized.Sort(CodePointComparer.Instance);
        var hash = Hash(string.Concat(serialized));
        firstDegreeCache.Add(reference, hash);
        return hash;
    }

    private static RdfTerm FirstDegreeTerm(RdfTerm term, string reference) =>
        !term.IsBlankNode ? term : term.Value == reference ? SelfNode : OtherNode;

    /// <summary>RDFC-1.0 §4.7 Hash Related Blank Node.</summary>
    private string HashRelated(string related, Quad quad, IdentifierIssuer issuer, char position)
    {
        // RDFC-1.0 §4.7.3 step 1: an issued identifier enters the hash in its blank node form (_:c14n0, _:b1).
        string identifier;
        if (canonicalIssuer.TryGet(related, out var canonical))
        {
            identifier = "_:" + canonical;
        }
        else if (issuer.TryGet(related, out var temporary))
        {
            identifier = "_:" + temporary;
        }
        else
        {
            identifier = HashFirstDegree(related);
        }

        var input = new StringBuilder();
        input.Append(position);
        if (position != 'g')
        {
            input.Append('<').Append(quad.Predicate.Value).Append('>');
        }

        input.Append(identifier);
        return Hash(input.ToString());
    }

    /// <summary>RDFC-1.0 §4.8 Hash N-Degree Quads.</summary>
    private (string Hash, IdentifierIssuer Issuer) HashNDegree(string identifier, IdentifierIssuer issuer)
    {
        nDegreeCalls++;
        if (nDegreeCalls > options.MaxHashNDegreeCalls)
        {
            throw new RdfcLimitExceededException(string.Create(
                CultureInfo.InvariantCulture,
                $"RDFC-1.0 canonicalization exceeded {options.MaxHashNDegreeCalls} Hash N-Degree Quads calls; the dataset's blank node structure is too complex (possible poison graph)."));
        }

        // Step 1-3: group related blank nodes by their related hash.
        var hashToRelated = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var quad in blankNodeQuads[identifier])
        {
            AddRelated(hashToRelated, quad.Subject, quad, issuer, 's', identifier);
            AddRelated(hashToRelated, quad.Object, quad, issuer, 'o', identifier);
            if (quad.Graph is not null)
            {
                AddRelated(hashToRelated, quad.Graph, quad, issuer, 'g', identifier);
            }
        }

        var data = new StringBuilder();
        foreach (var (relatedHash, nodes) in hashToRelated)
        {
            // Step 5.1-5.4: pick the lexicographically least path over all permutations.
            data.Append(relatedHash);
            string? chosenPath = null;
            IdentifierIssuer? chosenIssuer = null;
            foreach (var permutation in Permutations(nodes))
            {
                var issuerCopy = issuer.Copy();
                var path = new StringBuilder();
                var recursion = new List<string>();
                var skip = false;
                foreach (var related in permutation)
                {
                    if (canonicalIssuer.TryGet(related, out var canonical))
                    {
                        path.Append("_:").Append(canonical);
                    }
                    else
                    {
                        if (!issuerCopy.TryGet(related, out _))
                        {
                            recursion.Add(related);
                        }

                        path.Append("_:").Append(issuerCopy.Issue(related));
                    }

                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }

                if (skip)
                {
                    continue;
                }

                foreach (var related in recursion)
                {
                    var result = HashNDegree(related, issuerCopy);
                    path.Append("_:").Append(issuerCopy.Issue(related));
                    path.Append('<').Append(result.Hash).Append('>');
                    issuerCopy = result.Issuer;
                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }

                if (skip)
                {
                    continue;
                }

                var candidate = path.ToString();
                if (chosenPath is null || CodePointComparer.Instance.Compare(candidate, chosenPath) < 0)
                {
                    chosenPath = candidate;
                    chosenIssuer = issuerCopy;
                }
            }

            data.Append(chosenPath);
            issuer = chosenIssuer!;
        }

        return (Hash(data.ToString()), issuer);
    }

    private static bool IsWorse(StringBuilder path, string? chosenPath)
    {
        // RDFC-1.0 §4.8.3 step 5.4.4.3: stop early once this path can no longer win.
        if (chosenPath is null || path.Length < chosenPath.Length)
        {
            return false;
        }

        return CodePointComparer.Instance.Compare(path.ToString(), chosenPath) > 0;
    }

    private void AddRelated(SortedDictionary<string, List<string>> map, RdfTerm term, Quad quad, IdentifierIssuer issuer, char position, string identifier)
    {
        if (!term.IsBlankNode || term.Value == identifier)
        {
            return;
        }

        var hash = HashRelated(term.Value, quad, issuer, position);
        if (!map.TryGetValue(hash, out var list))
        {
            list = [];
            map.Add(hash, list);
        }

        list.Add(term.Value);
    }

    private static IEnumerable<string[]> Permutations(List<string> items)
    {
        var current = items.ToArray();
        Array.Sort(current, StringComparer.Ordinal);
        yield return (string[])current.Clone();
        while (NextPermutation(current))
        {
            yield return (string[])current.Clone();
        }
    }

    private static bool NextPermutation(string[] a)
    {
        var i = a.Length - 2;
        while (i >= 0 && string.CompareOrdinal(a[i], a[i + 1]) >= 0)
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        var j = a.Length - 1;
        while (string.CompareOrdinal(a[j], a[i]) <= 0)
        {
            j--;
        }

        (a[i], a[j]) = (a[j], a[i]);
        Array.Reverse(a, i + 1, a.Length - i - 1);
        return true;
    }

    private string Hash(string input)
    {
        var bytes = Encoding.UTF8.GetBytes(input);
        var digest = options.HashAlgorithm == HashAlgorithmName.SHA384 ? SHA384.HashData(bytes) : SHA256.HashData(bytes);
        return Convert.ToHexStringLower(digest);
    }
}
