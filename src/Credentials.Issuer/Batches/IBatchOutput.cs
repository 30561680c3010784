namespace Credentials.Issuer.Batches;

/// <summary>
/// Where a batch run delivers credentials (a folder in the CLI; the web service's own store later). The registry keeps
/// only a SHA-256 of each credential unless the operator enables content, so the output is the learners' copy.
/// </summary>
public interface IBatchOutput
{
    /// <summary>
    /// Stores credentials. New ones arrive before their registry transaction commits, so a crash after the commit
    /// never loses a file; if the transaction then fails, the same learners arrive again (with new content) on the
    /// retry or the re-run and replace what was written. Credentials issued earlier arrive here only when the output
    /// lacks them and the registry kept their content.
    /// </summary>
    Task WriteAsync(IReadOnlyList<IssuedLearner> learners, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the output already holds the credential issued earlier to <paramref name="learner"/>, with the SHA-256
    /// <see cref="IssuedLearner.Sha256"/> the registry recorded.
    /// </summary>
    Task<bool> HoldsAsync(IssuedLearner learner, CancellationToken cancellationToken);
}
