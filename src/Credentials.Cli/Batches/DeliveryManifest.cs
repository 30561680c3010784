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
        var text = new DeliveryManifestCsv();
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

            text.Add(learner.Row.StudentNumber, learner.CredentialId, Path.GetFileName(path),
                pdf is not null && File.Exists(pdfPath) ? Path.GetFileName(pdfPath) : null, url, link?.ExpiresAt);
        }

        var target = Path.Combine(folder, FileName);
        await File.WriteAllTextAsync(target + ".tmp", text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(target + ".tmp", target, overwrite: true);
    }
}
