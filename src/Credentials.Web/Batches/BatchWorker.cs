using Credentials.Issuer.Batches;
using Credentials.Issuer.Issuing;
using Credentials.Issuer.Status;
using Credentials.Model.Registry;
using Credentials.Web.Composition;

namespace Credentials.Web.Batches;

/// <summary>
/// Issues accepted batches one at a time in the background. Progress and per-row results live in the registry, so any
/// instance answers <c>GET /batches/{id}</c>; a batch cut short by a crash is re-posted and resumes (rows already
/// issued are recognised by template, student number and completion date and never issued twice).
/// </summary>
internal sealed class BatchWorker(
    BatchQueue queue,
    CredentialIssuer issuer,
    ICredentialStore credentials,
    IBatchStore batches,
    StatusListUrls urls,
    TimeProvider time,
    ILoggerFactory logs) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping (or failed to start): an interrupted batch was marked so and resumes when re-posted.
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var logger = logs.CreateLogger(Log.Category);
        await foreach (var job in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var batch = new BatchIssuer(issuer, credentials, urls, time);
                var output = new RegistryBatchOutput(batches, job.BatchId);

                // Progress is reported on the issuing thread right after each chunk commits: record its rows then.
                var progress = new SynchronousProgress(_ => output.FlushAsync(stoppingToken).GetAwaiter().GetResult());
                var outcome = await batch.IssueAsync(job.Template, job.Rows, output, progress, stoppingToken).ConfigureAwait(false);
                await output.FlushAsync(stoppingToken).ConfigureAwait(false);
                await batches.SetStateAsync(job.BatchId, BatchState.Completed, CancellationToken.None).ConfigureAwait(false);
                Log.BatchFinished(logger, job.BatchId, outcome.Issued, outcome.Existing);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await batches.SetStateAsync(job.BatchId, BatchState.Interrupted, CancellationToken.None).ConfigureAwait(false);
                var reason = e.GetType().Name;
                Log.BatchFailed(logger, job.BatchId, reason);
            }
            catch (OperationCanceledException)
            {
                await batches.SetStateAsync(job.BatchId, BatchState.Interrupted, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }
    }
}
