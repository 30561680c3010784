using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Numerics;

namespace Credentials.Model.Status;

/// <summary>
/// A W3C Bitstring Status List v1.0 bitstring with one bit per entry (status size 1).
/// Bit 0 is the most significant bit of byte 0 (spec §3.1 "Bitstring Generation Algorithm").
/// </summary>
public sealed class BitstringStatusList
{
    /// <summary>The spec's minimum list length in entries: 16 KiB of bits, so that an index leaks little (§5.1).</summary>
    public const int MinimumLength = 131_072;

    /// <summary>The default limit on a decompressed list: 16 MiB.</summary>
    public const int DefaultMaxDecodedBytes = 16 * 1024 * 1024;

    /// <summary>The multibase prefix for unpadded base64url.</summary>
    public const char MultibaseBase64UrlPrefix = 'u';

    private readonly byte[] bytes;

    /// <summary>Creates an all-zero list.</summary>
    /// <param name="length">Entries; a positive multiple of 8.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not a positive multiple of 8.</exception>
    public BitstringStatusList(int length = MinimumLength)
    {
        if (length <= 0 || length % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length must be a positive multiple of 8.");
        }

        bytes = new byte[length / 8];
    }

    private BitstringStatusList(byte[] bytes)
    {
        this.bytes = bytes;
    }

    /// <summary>The number of entries.</summary>
    public int Length => bytes.Length * 8;

    /// <summary>Wraps a copy of raw bitstring bytes (most significant bit first).</summary>
    /// <exception cref="ArgumentException"><paramref name="raw"/> is empty.</exception>
    public static BitstringStatusList FromBytes(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty)
        {
            throw new ArgumentException("A bitstring needs at least one byte.", nameof(raw));
        }

        return new BitstringStatusList(raw.ToArray());
    }

    /// <summary>The raw bitstring bytes.</summary>
    public ReadOnlySpan<byte> AsSpan() => bytes;

    /// <summary>A copy of the raw bitstring bytes.</summary>
    public byte[] ToArray() => (byte[])bytes.Clone();

    /// <summary>Reads the bit at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the list.</exception>
    public bool Get(int index)
    {
        CheckIndex(index);
        return (bytes[index >> 3] & Mask(index)) != 0;
    }

    /// <summary>Reads the bit at <paramref name="index"/> without throwing (for indexes taken from untrusted input).</summary>
    /// <returns><see langword="false"/> when the index is outside the list (spec: <c>RANGE_ERROR</c>).</returns>
    public bool TryGet(long index, out bool value)
    {
        if (index < 0 || index >= Length)
        {
            value = false;
            return false;
        }

        value = (bytes[(int)(index >> 3)] & Mask((int)index)) != 0;
        return true;
    }

    /// <summary>Sets or clears the bit at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the list.</exception>
    public void Set(int index, bool value)
    {
        CheckIndex(index);
        if (value)
        {
            bytes[index >> 3] |= Mask(index);
        }
        else
        {
            bytes[index >> 3] &= (byte)~Mask(index);
        }
    }

    /// <summary>The number of set bits.</summary>
    public int CountSet()
    {
        var count = 0;
        foreach (var b in bytes)
        {
            count += BitOperations.PopCount(b);
        }

        return count;
    }

    /// <summary>
    /// Encodes the list as the spec's <c>encodedList</c>: <c>u</c> + unpadded base64url of the GZIP-compressed bitstring
    /// (§3.1). The output is deterministic: maximum compression, zero modification time, and OS byte 3, which is what
    /// the spec's examples carry.
    /// </summary>
    public string Encode()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        var compressed = buffer.ToArray();

        // RFC 1952 §2.3.1: XFL and OS are informational and outside the CRC; fixing them makes the output identical on
        // every platform (the compressor writes XFL=2 for maximum compression and an OS byte of its build platform).
        compressed[8] = 0;
        compressed[9] = 3;
        return MultibaseBase64UrlPrefix + Base64Url.EncodeToString(compressed);
    }

    /// <summary>Decodes an <c>encodedList</c> value. Never throws for bad input: the result carries the error.</summary>
    /// <param name="encodedList">The value of <c>credentialSubject.encodedList</c>.</param>
    /// <param name="maxDecodedBytes">Reject a decompressed bitstring longer than this many bytes.</param>
    /// <param name="minimumLength">Reject a list with fewer entries than this (spec minimum by default).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public static BitstringDecodeResult Decode(
        string? encodedList,
        int maxDecodedBytes = DefaultMaxDecodedBytes,
        int minimumLength = MinimumLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDecodedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumLength);
        if (string.IsNullOrEmpty(encodedList) || encodedList[0] != MultibaseBase64UrlPrefix)
        {
            return BitstringDecodeResult.Fail(
                BitstringDecodeError.MissingMultibasePrefix,
                "The encoded list must start with the multibase prefix 'u' (base64url without padding).");
        }

        var text = encodedList.AsSpan(1);

        // A deflate stream cannot be much larger than its input, so an encoded value far above the limit is refused
        // before it is decoded (base64 carries 3 bytes per 4 characters; 1 KiB covers the GZIP framing).
        if ((long)text.Length * 3 / 4 > (long)maxDecodedBytes + 1024)
        {
            return BitstringDecodeResult.Fail(
                BitstringDecodeError.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The encoded list is longer than the {maxDecodedBytes}-byte limit allows."));
        }

        if (!IsUnpaddedBase64Url(text))
        {
            return BitstringDecodeResult.Fail(
                BitstringDecodeError.InvalidBase64Url,
                "The encoded list is not base64url without padding (only A-Z, a-z, 0-9, '-' and '_' are allowed).");
        }

        var compressed = Base64Url.DecodeFromChars(text);
        if (compressed.Length < 18 || compressed[0] != 0x1f || compressed[1] != 0x8b)
        {
            return BitstringDecodeResult.Fail(
                BitstringDecodeError.NotGzip,
                "The encoded list is not GZIP-compressed (RFC 1952 magic number missing).");
        }

        return Decompress(compressed, maxDecodedBytes, minimumLength);
    }

    private static BitstringDecodeResult Decompress(byte[] compressed, int maxDecodedBytes, int minimumLength)
    {
        byte[] raw;
        try
        {
            using var input = new MemoryStream(compressed, writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > maxDecodedBytes)
                {
                    return BitstringDecodeResult.Fail(
                        BitstringDecodeError.TooLarge,
                        string.Create(CultureInfo.InvariantCulture, $"The decompressed list exceeds the {maxDecodedBytes}-byte limit."));
                }

                output.Write(chunk, 0, read);
            }

            raw = output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            return BitstringDecodeResult.Fail(BitstringDecodeError.CorruptGzip, "The GZIP stream is corrupt: " + ex.Message);
        }

        if (raw.Length == 0 || (long)raw.Length * 8 < minimumLength)
        {
            return BitstringDecodeResult.Fail(
                BitstringDecodeError.TooShort,
                string.Create(CultureInfo.InvariantCulture, $"The list has {raw.Length * 8L} entries; at least {minimumLength} are required."));
        }

        return BitstringDecodeResult.Ok(new BitstringStatusList(raw));
    }

    private static bool IsUnpaddedBase64Url(ReadOnlySpan<char> text)
    {
        if (text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static byte Mask(int index) => (byte)(0x80 >> (index & 7));

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the status list.");
        }
    }
}
