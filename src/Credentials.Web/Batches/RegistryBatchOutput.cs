using Credentials.Issuer.Batches;
using Credentials.Model.Registry;

namespace Credentials.Web.Batches;

/// <summary>
/// Where a service batch's credentials go: the registry keeps their content (<c>StoreCredentialContent</c>), so the
/// output only records, per row, which credential it received; <c>GET /batches/{id}/credentials</c> reads them back.
/// <see cref="IBatchOutput.WriteAsync"/> runs inside the chunk's registry transaction (and again if that transaction is
/// retried), so rows are held until the chunk has committed and written by <see cref="FlushAsync"/> then.
/// </summary>
internal sealed class RegistryBatchOutput(IBatchStore batches, string batchId) : IBatchOutput
{
    private readonly List<BatchRowResult> _existing = [];
    private IReadOnlyList<IssuedLearner> _new = [];

    public Task WriteAsync(IReadOnlyList<IssuedLearner> learners, CancellationToken cancellationToken)
    {
        // A retried transaction calls this again with the chunk's final ids: the last call wins.
        _new = learners;
        return Task.CompletedTask;
    }

    /// <summary>An earlier credential for the row: recorded as existing; the registry already holds it.</summary>
    public Task<bool> HoldsAsync(IssuedLearner learner, CancellationToken cancellationToken)
    {
        _existing.Add(new BatchRowResult(learner.Row.Line, BatchRowOutcome.Existing, learner.CredentialId, null));
        return Task.FromResult(true);
    }

    /// <summary>Records the committed chunk's rows.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var rows = _new.Select(l => new BatchRowResult(l.Row.Line, l.IsNew ? BatchRowOutcome.Issued : BatchRowOutcome.Existing, l.CredentialId, null))
            .Concat(_existing)
            .ToList();
        _new = [];
        _existing.Clear();
        if (rows.Count > 0)
        {
            await batches.RecordRowsAsync(batchId, rows, cancellationToken).ConfigureAwait(false);
        }
    }
}
