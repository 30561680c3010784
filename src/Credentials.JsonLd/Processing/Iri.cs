namespace Credentials.JsonLd.Processing;

/// <summary>IRI helpers: absolute-IRI tests and RFC 3986 §5.2 reference resolution without normalization.</summary>
internal static class Iri
{
    /// <summary>True when the value starts with a scheme (RFC 3986 §3.1) followed by a colon.</summary>
    public static bool IsAbsolute(string value)
    {
        if (value.Length < 2 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                return true;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '-' and not '.')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True for an absolute IRI without characters that IRIREF forbids (a well-formed RDF IRI).</summary>
    public static bool IsWellFormed(string value)
    {
        if (!IsAbsolute(value))
        {
            return false;
        }

        if (value.IndexOf('#', StringComparison.Ordinal) != value.LastIndexOf('#'))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsBlankNode(string value) => value.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>Resolves a reference against a base IRI (RFC 3986 §5.2.2, strict).</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null)
        {
            return reference;
        }

        var r = Parse(reference);
        if (r.Scheme is not null)
        {
            return Recompose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        }

        var b = Parse(baseIri);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        return Recompose(b.Scheme, authority, path, query, r.Fragment);
    }

    private static string Merge(Parts b, string path)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + path;
        }

        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? path : string.Concat(b.Path.AsSpan(0, slash + 1), path);
    }

    private static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return path;
        }

        // RFC 3986 §5.2.4, reading the input through an index so long hostile paths stay linear.
        var output = new List<string>();
        var i = 0;
        var n = path.Length;
        bool At(string prefix) => string.CompareOrdinal(path, i, prefix, 0, prefix.Length) == 0 && i + prefix.Length <= n;
        bool Rest(string exact) => n - i == exact.Length && At(exact);
        while (i < n)
        {
            if (At("../"))
            {
                i += 3;
            }
            else if (At("./"))
            {
                i += 2;
            }
            else if (At("/./"))
            {
                i += 2;
            }
            else if (Rest("/."))
            {
                output.Add("/");
                i = n;
            }
            else if (At("/../"))
            {
                i += 3;
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }
            }
            else if (Rest("/.."))
            {
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }

                output.Add("/");
                i = n;
            }
            else if (Rest(".") || Rest(".."))
            {
                i = n;
            }
            else
            {
                var next = path.IndexOf('/', path[i] == '/' ? i + 1 : i);
                if (next < 0)
                {
                    next = n;
                }

                output.Add(path[i..next]);
                i = next;
            }
        }

        return string.Concat(output);
    }

    private static string Recompose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var builder = new System.Text.StringBuilder();
        if (scheme is not null)
        {
            builder.Append(scheme).Append(':');
        }

        if (authority is not null)
        {
            builder.Append("//").Append(authority);
        }

        builder.Append(path);
        if (query is not null)
        {
            builder.Append('?').Append(query);
        }

        if (fragment is not null)
        {
            builder.Append('#').Append(fragment);
        }

        return builder.ToString();
    }

    private static Parts Parse(string value)
    {
        string? scheme = null;
        var rest = value;
        if (IsAbsolute(value))
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            scheme = value[..colon];
            rest = value[(colon + 1)..];
        }

        string? fragment = null;
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }

        string? query = null;
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        string? authority = null;
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var end = rest.IndexOf('/', 2);
            if (end < 0)
            {
                end = rest.Length;
            }

            authority = rest[2..end];
            rest = rest[end..];
        }

        return new Parts(scheme, authority, rest, query, fragment);
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);
}
