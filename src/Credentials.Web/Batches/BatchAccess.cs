using Credentials.Model.Registry;

namespace Credentials.Web.Batches;

/// <summary>A batch is seen only by keys of the issuer that started it; to any other it does not exist.</summary>
internal static class BatchAccess
{
    public static async Task<BatchRecord?> FindOwnAsync(this IBatchStore batches, string batchId, string issuer, CancellationToken cancellationToken)
    {
        var batch = await batches.GetAsync(batchId, cancellationToken).ConfigureAwait(false);
        return batch is not null && string.Equals(batch.Issuer, issuer, StringComparison.Ordinal) ? batch : null;
    }
}
