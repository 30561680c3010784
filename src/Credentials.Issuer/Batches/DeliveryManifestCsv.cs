using System.Globalization;
using System.Text;

namespace Credentials.Issuer.Batches;

/// <summary>
/// The delivery manifest's CSV for the student system, written alike by <c>credentials issue-batch</c>
/// (<c>manifest.csv</c>) and the issuer page: one row per learner (student number, credential id, credential file,
/// PDF file, share link, link expiry; and, when asked, the learner's OpenID4VCI wallet offer), <c>;</c>-separated, CRLF, RFC 4180 quoting where needed.
/// </summary>
public sealed class DeliveryManifestCsv
{
    private const string Header = "student_number;credential_id;credential_file;pdf_file;share_link;link_expiry";

    private const string OfferColumns = ";wallet_offer;offer_qr_file;tx_code;offer_expiry";

    private readonly StringBuilder _text;

    private readonly bool _withOffers;

    /// <summary>A manifest; with <paramref name="withOffers"/> each row also has its OpenID4VCI offer (URL, QR code file, tx_code, expiry).</summary>
    public DeliveryManifestCsv(bool withOffers = false)
    {
        _withOffers = withOffers;
        _text = new StringBuilder(Header).Append(withOffers ? OfferColumns : "").Append("\r\n");
    }

    /// <summary>Adds one learner's row; an empty or null value leaves its field empty.</summary>
    public void Add(string studentNumber, string credentialId, string credentialFile, string? pdfFile, string? shareLink, DateTimeOffset? linkExpiry)
    {
        if (_withOffers)
        {
            throw new InvalidOperationException("this manifest lists offers: add rows with AddWithOffer");
        }

        AddCommon(studentNumber, credentialId, credentialFile, pdfFile, shareLink, linkExpiry);
        _text.Append("\r\n");
    }

    /// <summary>Adds one learner's row with its wallet offer; null offer values leave their fields empty (no offer for this learner).</summary>
    public void AddWithOffer(
        string studentNumber, string credentialId, string credentialFile, string? pdfFile, string? shareLink, DateTimeOffset? linkExpiry,
        string? offerUrl, string? offerQrFile, string? txCode, DateTimeOffset? offerExpiry)
    {
        if (!_withOffers)
        {
            throw new InvalidOperationException("this manifest lists no offers: add rows with Add");
        }

        AddCommon(studentNumber, credentialId, credentialFile, pdfFile, shareLink, linkExpiry);
        _text.Append(';').Append(Field(offerUrl ?? "")).Append(';').Append(Field(offerQrFile ?? "")).Append(';')
            .Append(Field(txCode ?? "")).Append(';').Append(Time(offerExpiry)).Append("\r\n");
    }

    /// <summary>The CSV text so far.</summary>
    public override string ToString() => _text.ToString();

    private void AddCommon(string studentNumber, string credentialId, string credentialFile, string? pdfFile, string? shareLink, DateTimeOffset? linkExpiry) =>
        _text.Append(Field(studentNumber)).Append(';').Append(Field(credentialId)).Append(';')
            .Append(Field(credentialFile)).Append(';').Append(Field(pdfFile ?? "")).Append(';')
            .Append(Field(shareLink ?? "")).Append(';')
            .Append(Time(linkExpiry));

    private static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : "";

    // RFC 4180 quoting for the few characters that need it; student numbers and ids normally have none.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
