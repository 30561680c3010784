namespace Credentials.JsonLd.Processing;

/// <summary>The JSON-LD 1.1 keywords (JSON-LD 1.1 §1.7).</summary>
internal static class Keywords
{
    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    };

    public static bool IsKeyword(string? value) => value is not null && value.Length > 1 && value[0] == '@' && All.Contains(value);

    /// <summary>True for "@" followed by one or more ASCII letters only (JSON-LD 1.1 API §4.2.2 step 5).</summary>
    public static bool HasKeywordForm(string value)
    {
        if (value.Length < 2 || value[0] != '@')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
