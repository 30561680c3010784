namespace Credentials.Model.Registry;

/// <summary>Batch jobs and their per-row results, so a batch can be resumed and re-run without double issuance.</summary>
public interface IBatchStore
{
    /// <summary>
    /// Starts a batch, or returns the existing one with the same id (a resumed run). A resumed batch is set back to
    /// <see cref="BatchState.Running"/>.
    /// </summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="templateId">The template it issues.</param>
    /// <param name="totalRows">Its rows.</param>
    /// <param name="issuer">The issuer (DID) whose key started it; kept from the first start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch, and whether it already existed.</returns>
    Task<(BatchRecord Batch, bool Resumed)> StartAsync(
        string batchId,
        string templateId,
        int totalRows,
        string? issuer = null,
        CancellationToken cancellationToken = default);

    /// <summary>Records row results (replacing earlier results of the same rows) and updates the batch counts, in one transaction.</summary>
    /// <returns><see langword="false"/> when the batch is unknown.</returns>
    Task<bool> RecordRowsAsync(string batchId, IReadOnlyList<BatchRowResult> rows, CancellationToken cancellationToken = default);

    /// <summary>Sets a batch's state.</summary>
    /// <returns><see langword="false"/> when the batch is unknown.</returns>
    Task<bool> SetStateAsync(string batchId, BatchState state, CancellationToken cancellationToken = default);

    /// <summary>Gets a batch; <see langword="null"/> when unknown.</summary>
    Task<BatchRecord?> GetAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>The recorded row results of a batch, by row number.</summary>
    Task<IReadOnlyList<BatchRowResult>> GetRowsAsync(string batchId, CancellationToken cancellationToken = default);
}
