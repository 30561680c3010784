using System.Globalization;
using System.Text;

namespace Credentials.Issuer.Batches;

/// <summary>
/// The delivery manifest's CSV for the student system, written alike by <c>credentials issue-batch</c>
/// (<c>manifest.csv</c>) and the issuer page: one row per learner (student number, credential id, credential file,
/// PDF file, share link, link expiry), <c>;</c>-separated, CRLF, RFC 4180 quoting where needed.
/// </summary>
public sealed class DeliveryManifestCsv
{
    private const string Header = "student_number;credential_id;credential_file;pdf_file;share_link;link_expiry\r\n";

    private readonly StringBuilder _text = new(Header);

    /// <summary>Adds one learner's row; an empty or null value leaves its field empty.</summary>
    public void Add(string studentNumber, string credentialId, string credentialFile, string? pdfFile, string? shareLink, DateTimeOffset? linkExpiry)
    {
        _text.Append(Field(studentNumber)).Append(';').Append(Field(credentialId)).Append(';')
            .Append(Field(credentialFile)).Append(';').Append(Field(pdfFile ?? "")).Append(';')
            .Append(Field(shareLink ?? "")).Append(';')
            .Append(linkExpiry is { } expiry ? expiry.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : "").Append("\r\n");
    }

    /// <summary>The CSV text so far.</summary>
    public override string ToString() => _text.ToString();

    // RFC 4180 quoting for the few characters that need it; student numbers and ids normally have none.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
