namespace Credentials.Model.Input;

/// <summary>Builds JSON Pointers (RFC 6901).</summary>
public static class JsonPointer
{
    /// <summary>Appends one reference token, escaping <c>~</c> as <c>~0</c> and <c>/</c> as <c>~1</c> (RFC 6901 §3).</summary>
    public static string Append(string path, string token)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(token);
        return path + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>Appends an array index.</summary>
    public static string Append(string path, int index) =>
        path + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
