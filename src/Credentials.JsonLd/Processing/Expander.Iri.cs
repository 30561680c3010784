namespace Credentials.JsonLd.Processing;

/// <content>IRI Expansion (JSON-LD 1.1 API §5.2.2).</content>
internal sealed partial class Expander
{
    public string? ExpandIri(
        ActiveContext active,
        string? value,
        bool documentRelative = false,
        bool vocab = false,
        Dictionary<string, object?>? local = null,
        Dictionary<string, bool>? defined = null)
    {
        // Step 1-2.
        if (value is null || Keywords.IsKeyword(value))
        {
            return value;
        }

        if (vocab && local is null && active.VocabMemo is { } memo)
        {
            var memoKey = documentRelative ? "\u0001" + value : value;
            lock (memo)
            {
                if (memo.TryGetValue(memoKey, out var known))
                {
                    return known;
                }
            }

            var computed = ExpandIriCore(active, value, documentRelative, vocab, null, null);
            lock (memo)
            {
                memo[memoKey] = computed;
            }

            return computed;
        }

        return ExpandIriCore(active, value, documentRelative, vocab, local, defined);
    }

    private string? ExpandIriCore(
        ActiveContext active,
        string value,
        bool documentRelative,
        bool vocab,
        Dictionary<string, object?>? local,
        Dictionary<string, bool>? defined)
    {

        if (Keywords.HasKeywordForm(value))
        {
            return null;
        }

        // Step 3: define the term first when it is being defined in the same local context.
        if (local is not null && defined is not null && local.ContainsKey(value) && (!defined.TryGetValue(value, out var done) || !done))
        {
            CreateTermDefinition(active, local, value, defined, null, false, false, [], true);
        }

        // Step 4-5.
        if (active.Terms.TryGetValue(value, out var definition))
        {
            if (definition?.Iri is not null && Keywords.IsKeyword(definition.Iri))
            {
                return definition.Iri;
            }

            if (vocab)
            {
                return definition?.Iri;
            }
        }

        // Step 6: compact IRIs, blank nodes and absolute IRIs.
        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }

            if (local is not null && defined is not null && local.ContainsKey(prefix) && (!defined.TryGetValue(prefix, out var prefixDone) || !prefixDone))
            {
                CreateTermDefinition(active, local, prefix, defined, null, false, false, [], true);
            }

            var prefixDefinition = active.Get(prefix);
            if (prefixDefinition?.Iri is not null && prefixDefinition.Prefix)
            {
                return prefixDefinition.Iri + suffix;
            }

            if (Iri.IsAbsolute(value))
            {
                return value;
            }
        }

        // Step 7-8.
        if (vocab && active.Vocab is not null)
        {
            return active.Vocab + value;
        }

        if (documentRelative)
        {
            return Iri.Resolve(active.Base, value);
        }

        return value;
    }
}
