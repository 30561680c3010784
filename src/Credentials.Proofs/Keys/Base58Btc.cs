using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using SimpleBase;

namespace Credentials.Proofs.Keys;

/// <summary>
/// Base58btc decoding (the Bitcoin alphabet, as multibase <c>z…</c> values use it) that refuses instead of throwing:
/// the one place the decoder is asked, for proof values and Multikey / did:key values alike.
/// </summary>
internal static class Base58Btc
{
    private static readonly SearchValues<char> Alphabet = SearchValues.Create("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");

    /// <summary>
    /// Decodes <paramref name="text"/>; false for an empty text, one longer than <paramref name="maxLength"/> (the
    /// decoding is quadratic in the length, so nothing far longer than the value expected is decoded) or one with a
    /// character outside the alphabet (the decoder indexes a table by character and must not be asked).
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> text, int maxLength, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text.IsEmpty || text.Length > maxLength || text.ContainsAnyExcept(Alphabet))
        {
            return false;
        }

        try
        {
            bytes = Base58.Bitcoin.Decode(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
