using System.Buffers.Text;
using System.IO.Compression;

namespace Credentials.Model.Status;

/// <summary>
/// An IETF Token Status List (draft-ietf-oauth-status-list §4): one status of <see cref="Bits"/> bits per token,
/// status <c>i</c> in byte <c>i * bits / 8</c> starting at the least significant bit, the bytes zlib-compressed
/// (RFC 1950) and base64url-encoded as <c>lst</c>. We write <c>bits: 2</c>: 0 VALID, 1 INVALID (revoked),
/// 2 SUSPENDED (§7.1).
/// </summary>
public sealed class TokenStatusList
{
    /// <summary>VALID (§7.1).</summary>
    public const byte Valid = 0;

    /// <summary>INVALID: revoked for good (§7.1).</summary>
    public const byte Invalid = 1;

    /// <summary>SUSPENDED: temporarily invalid (§7.1).</summary>
    public const byte Suspended = 2;

    private readonly byte[] _bytes;

    private TokenStatusList(int bits, byte[] bytes)
    {
        Bits = bits;
        _bytes = bytes;
    }

    /// <summary>Bits per status: 1, 2, 4 or 8.</summary>
    public int Bits { get; }

    /// <summary>How many statuses the list holds.</summary>
    public long Count => (long)_bytes.Length * 8 / Bits;

    /// <summary>A list of <paramref name="count"/> statuses of <paramref name="bits"/> bits, all VALID.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bits"/> is not 1, 2, 4 or 8, or <paramref name="count"/> is negative.</exception>
    public static TokenStatusList Create(int count, int bits = 2)
    {
        if (bits is not (1 or 2 or 4 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(bits), "bits must be 1, 2, 4 or 8");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new TokenStatusList(bits, new byte[(int)(((long)count * bits + 7) / 8)]);
    }

    /// <summary>
    /// Decodes <c>lst</c>; null with a reason when <paramref name="bits"/> is not allowed, the text is not base64url,
    /// or it does not inflate within <paramref name="maxBytes"/>.
    /// </summary>
    public static TokenStatusList? TryDecode(string lst, int bits, out string? error, int maxBytes = BitstringStatusList.DefaultMaxDecodedBytes)
    {
        ArgumentNullException.ThrowIfNull(lst);
        error = null;
        if (bits is not (1 or 2 or 4 or 8))
        {
            error = "'bits' is not 1, 2, 4 or 8";
            return null;
        }

        if (lst.Length == 0 || !Base64Url.IsValid(lst) || lst.Contains('=', StringComparison.Ordinal))
        {
            error = "'lst' is not base64url";
            return null;
        }

        try
        {
            using var input = new MemoryStream(Base64Url.DecodeFromChars(lst));
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[8192];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    error = $"'lst' inflates to more than {maxBytes} bytes";
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return new TokenStatusList(bits, output.ToArray());
        }
        catch (InvalidDataException)
        {
            error = "'lst' is not zlib-compressed";
            return null;
        }
    }

    /// <summary>The status at <paramref name="index"/>; false when the index is outside the list.</summary>
    public bool TryGet(long index, out byte status)
    {
        status = 0;
        if (index < 0 || index >= Count)
        {
            return false;
        }

        var bit = index * Bits;
        status = (byte)((_bytes[bit / 8] >> (int)(bit % 8)) & ((1 << Bits) - 1));
        return true;
    }

    /// <summary>Sets the status at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the list, or the status does not fit in <see cref="Bits"/>.</exception>
    public void Set(long index, byte status)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, (1 << Bits) - 1);
        var bit = index * Bits;
        var mask = (byte)(((1 << Bits) - 1) << (int)(bit % 8));
        _bytes[bit / 8] = (byte)((_bytes[bit / 8] & ~mask) | (status << (int)(bit % 8)));
    }

    /// <summary>The list's bytes zlib-compressed and base64url-encoded: the <c>lst</c> member (§4.1).</summary>
    public string Encode()
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(_bytes);
        }

        return Base64Url.EncodeToString(output.ToArray());
    }
}
