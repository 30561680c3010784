namespace Credentials.JsonLd.Processing;

/// <content>Term definition helpers: protected-term checks and container validation (JSON-LD 1.1 API §4.2.2).</content>
internal sealed partial class Expander
{
    private static void FinishTerm(ActiveContext active, string term, TermDefinition definition, TermDefinition? previous, bool overrideProtected, Dictionary<string, bool> defined)
    {
        // Step 28: a protected term may only be redefined identically.
        if (!overrideProtected && previous is not null && previous.Protected)
        {
            if (!definition.SameAs(previous))
            {
                throw new JsonLdException("protected term redefinition", "The protected term " + term + " cannot be redefined.");
            }

            definition = previous;
        }

        active.Terms[term] = definition;
        defined[term] = true;
    }

    private HashSet<string> ParseContainer(object? value)
    {
        var items = new HashSet<string>(StringComparer.Ordinal);
        if (value is List<object?> list && !IsJsonLd10)
        {
            foreach (var item in list)
            {
                items.Add(item as string ?? throw new JsonLdException("invalid container mapping", "Container entries must be strings."));
            }
        }
        else if (value is string s)
        {
            items.Add(s);
        }
        else
        {
            throw new JsonLdException("invalid container mapping", "@container must be a string or an array.");
        }

        var valid = items.Count switch
        {
            1 => items.First() is "@list" or "@set" or "@index" or "@language" or "@graph" or "@id" or "@type",
            _ => IsValidCombination(items),
        };

        if (!valid || (IsJsonLd10 && items.Overlaps(["@graph", "@id", "@type"])))
        {
            throw new JsonLdException("invalid container mapping", "Unsupported @container: " + string.Join(",", items));
        }

        return items;
    }

    private static bool IsValidCombination(HashSet<string> items)
    {
        if (items.Contains("@list"))
        {
            return false;
        }

        if (items.Contains("@graph"))
        {
            return items.All(i => i is "@graph" or "@id" or "@index" or "@set") && !(items.Contains("@id") && items.Contains("@index"));
        }

        return items.Contains("@set") && items.Count == 2 && items.All(i => i is "@set" or "@index" or "@id" or "@type" or "@language");
    }
}
