namespace Credentials.JsonLd.Processing;

/// <summary>Checks the well-formedness of BCP 47 language tags (RFC 5646 §2.1, syntax only).</summary>
internal static class LanguageTag
{
    public static bool IsWellFormed(string tag)
    {
        if (tag.Length == 0)
        {
            return false;
        }

        var subtags = tag.Split('-');
        if (subtags[0].Length is < 1 or > 8 || !subtags[0].All(char.IsAsciiLetter))
        {
            return false;
        }

        for (var i = 1; i < subtags.Length; i++)
        {
            if (subtags[i].Length is < 1 or > 8 || !subtags[i].All(char.IsAsciiLetterOrDigit))
            {
                return false;
            }
        }

        return true;
    }
}
