using System.Buffers.Binary;

namespace Credentials.Web.Page;

/// <summary>
/// The Europass display image a credential carries, made safe to show: only a PNG or JPEG whose structure checks
/// out (PNG chunks with their CRCs from IHDR to IEND; JPEG segments from SOI through a frame header to the scan),
/// at most <see cref="MaxBytes"/>, re-encoded from the checked bytes into a <c>data:</c> URL typed by what the bytes
/// are, not by what the credential declares. SVG (which can carry script) and anything else is never shown.
/// </summary>
internal static class DisplayImage
{
    public const int MaxBytes = 1024 * 1024;
    private const int MaxSide = 10_000;
    private static readonly uint[] Crc = MakeCrcTable();

    /// <summary>A <c>data:image/png</c> or <c>data:image/jpeg</c> URL, or null when the text is not such an image.</summary>
    public static string? DataUrl(string? base64)
    {
        if (string.IsNullOrEmpty(base64) || base64.Length > (MaxBytes / 3 * 4) + 1024)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }

        var type = bytes.Length > MaxBytes ? null : IsPng(bytes) ? "image/png" : IsJpeg(bytes) ? "image/jpeg" : null;
        return type is null ? null : "data:" + type + ";base64," + Convert.ToBase64String(bytes);
    }

    // PNG (ISO/IEC 15948) §5.2 signature, §5.3 chunk layout with CRC-32 over type and data, §11.2.2 IHDR first, IEND last.
    internal static bool IsPng(ReadOnlySpan<byte> b)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length < 8 + 25 + 12 || !b[..8].SequenceEqual(signature))
        {
            return false;
        }

        var at = 8;
        var first = true;
        while (at + 12 <= b.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
            if (length > (uint)(b.Length - at - 12))
            {
                return false;
            }

            var type = b.Slice(at + 4, 4);
            var data = b.Slice(at + 8, (int)length);
            if (BinaryPrimitives.ReadUInt32BigEndian(b[(at + 8 + (int)length)..]) != Crc32(b.Slice(at + 4, 4 + (int)length)))
            {
                return false;
            }

            if (first)
            {
                if (!type.SequenceEqual("IHDR"u8) || length != 13)
                {
                    return false;
                }

                var width = BinaryPrimitives.ReadUInt32BigEndian(data);
                var height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                if (width is 0 or > MaxSide || height is 0 or > MaxSide)
                {
                    return false;
                }

                first = false;
            }

            at += 12 + (int)length;
            if (type.SequenceEqual("IEND"u8))
            {
                return at == b.Length;
            }
        }

        return false;
    }

    // JPEG (ITU-T T.81) Annex B: SOI, marker segments with their lengths, a frame header (SOFn) with a size, then SOS;
    // the entropy-coded data must end with EOI.
    internal static bool IsJpeg(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8 || b[^2] != 0xFF || b[^1] != 0xD9)
        {
            return false;
        }

        var at = 2;
        var frame = false;
        while (at + 4 <= b.Length)
        {
            if (b[at] != 0xFF)
            {
                return false;
            }

            var marker = b[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(at + 2)..]);
            if (length < 2 || at + 2 + length > b.Length)
            {
                return false;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (length < 8)
                {
                    return false;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(b[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(b[(at + 7)..]);
                if (height is 0 or > MaxSide || width is 0 or > MaxSide)
                {
                    return false;
                }

                frame = true;
            }

            if (marker == 0xDA)
            {
                return frame;
            }

            at += 2 + length;
        }

        return false;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var x in data)
        {
            c = Crc[(c ^ x) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFFu;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
