using System.Text;
using Credentials.Cli.Certificates;
using Credentials.Issuer.Batches;
using Credentials.Issuer.Sharing;
using Credentials.Issuer.Wallet;
using Credentials.Model.Registry;

namespace Credentials.Cli.Batches;

/// <summary>
/// The batch's <c>manifest.csv</c> for the student system: one row per learner whose credential is in the folder
/// (student number, credential id, credential file, PDF file, share link, link expiry; with wallet offers, each
/// offer's URL, QR code file, tx_code and expiry). With share links the PDFs are
/// made here, after the registry has committed the credentials the links point at.
/// </summary>
internal static class DeliveryManifest
{
    public const string FileName = "manifest.csv";

    /// <summary>The folder of the offers' QR codes, inside the batch folder.</summary>
    public const string OffersFolder = "offers";

    public static async Task WriteAsync(
        string folder, FolderBatchOutput output, PdfCertificates? pdf, ShareLinks? links, string? linkBase,
        IReadOnlyDictionary<string, CredentialOffer>? offers, CancellationToken cancellationToken)
    {
        var text = new DeliveryManifestCsv(withOffers: offers is not null);
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

            var pdfFile = pdf is not null && File.Exists(pdfPath) ? Path.GetFileName(pdfPath) : null;
            if (offers is null)
            {
                text.Add(learner.Row.StudentNumber, learner.CredentialId, Path.GetFileName(path), pdfFile, url, link?.ExpiresAt);
                continue;
            }

            string? qrFile = null;
            if (offers.TryGetValue(learner.CredentialId, out var offer))
            {
                qrFile = OffersFolder + "/" + Path.GetFileNameWithoutExtension(path) + ".png";
                Directory.CreateDirectory(Path.Combine(folder, OffersFolder));
                await File.WriteAllBytesAsync(Path.Combine(folder, qrFile), Documents.Offers.QrCodePng.Render(offer.Url), cancellationToken).ConfigureAwait(false);
            }

            text.AddWithOffer(learner.Row.StudentNumber, learner.CredentialId, Path.GetFileName(path), pdfFile, url, link?.ExpiresAt,
                offer?.Url, qrFile, offer?.TxCode, offer?.Record.ExpiresAt);
        }

        var target = Path.Combine(folder, FileName);
        await File.WriteAllTextAsync(target + ".tmp", text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(target + ".tmp", target, overwrite: true);
    }
}
