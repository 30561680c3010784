using QRCoder;

namespace Credentials.Documents.Offers;

/// <summary>
/// A QR code as a PNG, for a wallet to scan from a screen: a credential offer URL is long, so the image is drawn at
/// the same error-correction level as the certificate's QR code, with a quiet zone, in black on white.
/// </summary>
public static class QrCodePng
{
    /// <summary>The PNG bytes of a QR code of <paramref name="text"/>, <paramref name="pixelsPerModule"/> pixels per module.</summary>
    /// <exception cref="ArgumentException">The text is empty or too long for a QR code.</exception>
    public static byte[] Render(string text, int pixelsPerModule = 6)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);
        using var generator = new QRCodeGenerator();
        try
        {
            using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
            using var png = new PngByteQRCode(data);
            return png.GetGraphic(pixelsPerModule);
        }
        catch (QRCoder.Exceptions.DataTooLongException e)
        {
            throw new ArgumentException("the text is too long for a QR code", nameof(text), e);
        }
    }
}
