using Credentials.Model.Registry;
using Credentials.Web.Certificates;

namespace Credentials.Web.Batches;

/// <summary>A batch's credentials as delivered: each row's registry record and a file name stem unique within the batch.</summary>
internal static class BatchDeliveries
{
    public static async Task<IReadOnlyList<(IssuedCredentialRecord Record, string Stem)>> ListAsync(
        string batchId, IBatchStore batches, ICredentialStore store, CancellationToken cancellationToken)
    {
        var list = new List<(IssuedCredentialRecord, string)>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in (await batches.GetRowsAsync(batchId, cancellationToken).ConfigureAwait(false)).OrderBy(r => r.RowNumber))
        {
            if (row.CredentialId is not { } id || await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } record)
            {
                continue;
            }

            // Two credentials of one learner (two completion dates) must not overwrite each other in the ZIP.
            var stem = Path.GetFileNameWithoutExtension(CertificateService.FileName(record));
            var unique = stem;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            list.Add((record, unique));
        }

        return list;
    }
}
