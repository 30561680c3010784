namespace Credentials.JsonLd.Canonicalization;

/// <summary>
/// Orders strings by Unicode code point, as RDFC-1.0 requires, which differs from UTF-16 ordinal order only when a
/// surrogate pair meets a character in U+E000..U+FFFF.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var length = Math.Min(x.Length, y.Length);
        var mismatch = x.AsSpan(0, length).CommonPrefixLength(y.AsSpan(0, length));
        if (mismatch == length)
        {
            return x.Length.CompareTo(y.Length);
        }

        return Weight(x[mismatch]).CompareTo(Weight(y[mismatch]));
    }

    private static int Weight(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
