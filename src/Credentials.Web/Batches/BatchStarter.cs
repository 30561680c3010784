using Credentials.Issuer.Batches;
using Credentials.Model.Registry;
using Credentials.Web.Composition;

namespace Credentials.Web.Batches;

/// <summary>Starts a validated batch for an issuer and queues it for the worker (<c>POST /batches</c> and the issuer page).</summary>
internal sealed class BatchStarter(IBatchStore batches, BatchQueue queue, ILoggerFactory logs)
{
    /// <summary>The new batch's id; null when the queue is full (the batch is then recorded as rejected).</summary>
    public async Task<string?> StartAsync(BatchTemplate template, IReadOnlyList<LearnerRow> valid, string issuer, string actor, CancellationToken cancellationToken)
    {
        var batchId = "batch-" + Guid.NewGuid().ToString("N");
        await batches.StartAsync(batchId, template.Id, valid.Count, issuer, cancellationToken).ConfigureAwait(false);
        if (!queue.TryEnqueue(new BatchJob(batchId, template, valid)))
        {
            await batches.SetStateAsync(batchId, BatchState.Rejected, cancellationToken).ConfigureAwait(false);
            return null;
        }

        Log.BatchAccepted(logs.CreateLogger(Log.Category), batchId, valid.Count, actor);
        return batchId;
    }
}
