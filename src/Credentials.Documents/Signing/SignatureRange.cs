using System.Globalization;
using System.Text;

namespace Credentials.Documents.Signing;

/// <summary>
/// A signature's <c>/ByteRange [0 a b c]</c> (PDF 32000-1 §12.8.1): the signed bytes are [0, a) and [b, b + c); the
/// hex <c>/Contents</c> string fills the gap [a, b).
/// </summary>
internal sealed record SignatureRange(int ContentsStart, int ContentsLength, int SecondStart, int SecondLength)
{
    public bool CoversWholeFile(int fileLength) => SecondStart + SecondLength == fileLength;

    public byte[] SignedBytes(byte[] pdf)
    {
        var signed = new byte[ContentsStart + SecondLength];
        pdf.AsSpan(0, ContentsStart).CopyTo(signed);
        pdf.AsSpan(SecondStart, SecondLength).CopyTo(signed.AsSpan(ContentsStart));
        return signed;
    }

    /// <summary>The hex <c>/Contents</c> decoded, without the zero padding after the DER value.</summary>
    public byte[] Contents(byte[] pdf)
    {
        var hex = Encoding.ASCII.GetString(pdf, ContentsStart + 1, ContentsLength - 2).Trim();
        return Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
    }

    /// <summary>The last <c>/ByteRange</c> in the file, or null when there is none or it does not fit the file.</summary>
    public static SignatureRange? Find(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf("/ByteRange"u8);
        if (at < 0)
        {
            return null;
        }

        var open = Array.IndexOf(pdf, (byte)'[', at);
        var close = open < 0 ? -1 : Array.IndexOf(pdf, (byte)']', open);
        if (open < 0 || close < 0 || close - open > 100)
        {
            return null;
        }

        var numbers = Encoding.ASCII.GetString(pdf, open + 1, close - open - 1).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (numbers.Length != 4 || !numbers.All(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var v = numbers.Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        var fits = v[0] == 0 && v[1] > 0 && v[2] > v[1] + 1 && (long)v[2] + v[3] <= pdf.Length
            && pdf[v[1]] == (byte)'<' && pdf[v[2] - 1] == (byte)'>';
        return fits ? new SignatureRange(v[1], v[2] - v[1], v[2], v[3]) : null;
    }
}
