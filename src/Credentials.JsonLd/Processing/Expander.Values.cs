using JMap = System.Collections.Generic.Dictionary<string, object?>;

namespace Credentials.JsonLd.Processing;

/// <content>Value Expansion (JSON-LD 1.1 API §5.3.2).</content>
internal sealed partial class Expander
{
    private JMap ExpandValue(ActiveContext active, string activeProperty, object? value)
    {
        var definition = active.Get(activeProperty);
        var typeMapping = definition?.TypeMapping;

        // Step 1-2: IRI-typed terms.
        if (typeMapping == "@id" && value is string id)
        {
            var expandedId = ExpandIri(active, id, documentRelative: true);
            CheckNodeId(id, expandedId);
            return new JMap(StringComparer.Ordinal) { ["@id"] = expandedId };
        }

        if (typeMapping == "@vocab" && value is string vocabId)
        {
            var expandedId = ExpandIri(active, vocabId, documentRelative: true, vocab: true);
            CheckNodeId(vocabId, expandedId);
            return new JMap(StringComparer.Ordinal) { ["@id"] = expandedId };
        }

        // Step 3-5.
        var result = new JMap(StringComparer.Ordinal) { ["@value"] = value };
        if (typeMapping is not null and not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = typeMapping;
        }
        else if (value is string)
        {
            var language = definition is not null && definition.HasLanguage ? definition.Language : active.DefaultLanguage;
            var direction = definition is not null && definition.HasDirection ? definition.Direction : active.DefaultDirection;
            if (language is not null)
            {
                result["@language"] = language;
            }

            if (direction is not null)
            {
                result["@direction"] = direction;
            }
        }

        return result;
    }
}
