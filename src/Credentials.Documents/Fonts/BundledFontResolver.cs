using PdfSharp.Fonts;

namespace Credentials.Documents.Fonts;

/// <summary>
/// Resolves every font request to the bundled Noto Sans (regular or bold): PDFsharp's core build has no system fonts
/// on Linux, and a certificate must look the same wherever it is made.
/// </summary>
internal sealed class BundledFontResolver : IFontResolver
{
    internal const string Family = "Noto Sans";
    private const string Regular = "NotoSans-Regular";
    private const string Bold = "NotoSans-Bold";
    private static readonly Lazy<byte[]> RegularBytes = new(() => Load(Regular));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load(Bold));
    private static readonly Lock Gate = new();
    private static bool installed;

    /// <summary>Installs the resolver once for the process (PDFsharp keeps one global resolver).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!installed)
            {
                GlobalFontSettings.FontResolver = new BundledFontResolver();
                installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName) => faceName == Bold ? BoldBytes.Value : RegularBytes.Value;

    private static byte[] Load(string face)
    {
        using var stream = typeof(BundledFontResolver).Assembly.GetManifestResourceStream($"Credentials.Documents.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"the bundled font {face} is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
