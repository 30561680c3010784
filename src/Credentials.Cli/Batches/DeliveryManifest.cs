using System.Globalization;
using System.Text;
using Credentials.Cli.Certificates;
using Credentials.Issuer.Batches;
using Credentials.Issuer.Sharing;
using Credentials.Model.Registry;

namespace Credentials.Cli.Batches;

/// <summary>
/// The batch's <c>manifest.csv</c> for the student system: one row per learner whose credential is in the folder
/// (student number, credential id, credential file, PDF file, share link, link expiry). With share links the PDFs are
/// made here, after the registry has committed the credentials the links point at.
/// </summary>
internal static class DeliveryManifest
{
    public const string FileName = "manifest.csv";

    public static async Task WriteAsync(
        string folder, FolderBatchOutput output, PdfCertificates? pdf, ShareLinks? links, string? linkBase, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("student_number;credential_id;credential_file;pdf_file;share_link;link_expiry\r\n");
        foreach (var (learner, written) in output.Delivered)
        {
            var path = output.PathOf(learner);
            ShareLinkRecord? link = links is null ? null : await links.CurrentOrNewAsync(learner.CredentialId, cancellationToken).ConfigureAwait(false);
            var url = link is null || linkBase is null ? null : ShareLinks.Url(linkBase, link);
            var pdfPath = PdfCertificates.PathBeside(path);
            if (pdf is not null && links is not null && (written || !File.Exists(pdfPath)))
            {
                pdf.Write(pdfPath, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), Path.GetFileName(path), url);
            }

            text.Append(Field(learner.Row.StudentNumber)).Append(';').Append(Field(learner.CredentialId)).Append(';')
                .Append(Field(Path.GetFileName(path))).Append(';').Append(pdf is not null && File.Exists(pdfPath) ? Field(Path.GetFileName(pdfPath)) : "").Append(';')
                .Append(Field(url ?? "")).Append(';')
                .Append(link is null ? "" : link.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append("\r\n");
        }

        var target = Path.Combine(folder, FileName);
        await File.WriteAllTextAsync(target + ".tmp", text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(target + ".tmp", target, overwrite: true);
    }

    // RFC 4180 quoting for the few characters that need it; student numbers and ids normally have none.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
