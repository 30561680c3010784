using System.Globalization;
using System.Text.Json;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Input;

/// <summary>Concept readers: short vocabulary codes and concepts given in full.</summary>
internal sealed partial class InputReader
{
    /// <summary>Reads a short code or concept URI of <paramref name="vocabulary"/>.</summary>
    public Concept? Code(JsonElement obj, string name, string pointer, ConceptVocabulary vocabulary)
    {
        if (!TryMember(obj, name, out var value))
        {
            return null;
        }

        return CodeValue(value, JsonPointer.Append(pointer, name), vocabulary);
    }

    public Concept? CodeValue(JsonElement value, string at, ConceptVocabulary vocabulary)
    {
        string code;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            code = number.ToString(CultureInfo.InvariantCulture);
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            code = value.GetString()!;
        }
        else
        {
            Report(at, ProblemCodes.InvalidType, $"Expected a code string, found {Describe(value)}.");
            return null;
        }

        var concept = vocabulary.Find(code);
        if (concept is null)
        {
            Report(at, ProblemCodes.InvalidConcept,
                $"'{Clip(code)}' is not in the vocabulary {vocabulary.Scheme}; use one of: {string.Join(", ", vocabulary.Codes.Take(20))}.");
        }

        return concept;
    }

    /// <summary>Reads a concept given in full: <c>{"id", "inScheme", "prefLabel", "notation"}</c>.</summary>
    public Concept? ConceptObject(JsonElement obj, string name, string pointer)
    {
        if (!TryMember(obj, name, out var value))
        {
            return null;
        }

        return ConceptValue(value, JsonPointer.Append(pointer, name), null);
    }

    public Concept? ConceptValue(JsonElement value, string at, string? defaultScheme)
    {
        if (value.ValueKind == JsonValueKind.String && defaultScheme is not null)
        {
            var uri = value.GetString()!;
            if (!IsAbsoluteUri(uri))
            {
                Report(at, ProblemCodes.InvalidFormat, $"'{Clip(uri)}' is not an absolute URI.");
                return null;
            }

            return new Concept(uri, defaultScheme, LanguageMap.Empty);
        }

        if (!Object(value, at, "id", "inScheme", "prefLabel", "notation"))
        {
            return null;
        }

        var id = String(value, "id", at);
        var scheme = String(value, "inScheme", at) ?? defaultScheme;
        var label = Text(value, "prefLabel", at);
        var notation = String(value, "notation", at);
        if (id is null)
        {
            Report(JsonPointer.Append(at, "id"), ProblemCodes.Required, "A concept needs its URI in 'id'.");
            return null;
        }

        if (!IsAbsoluteUri(id))
        {
            Report(JsonPointer.Append(at, "id"), ProblemCodes.InvalidFormat, $"'{Clip(id)}' is not an absolute URI.");
            return null;
        }

        if (scheme is null)
        {
            Report(JsonPointer.Append(at, "inScheme"), ProblemCodes.Required, "A concept needs its scheme URI in 'inScheme'.");
            return null;
        }

        return new Concept(id, scheme, label ?? LanguageMap.Empty, notation);
    }
}
