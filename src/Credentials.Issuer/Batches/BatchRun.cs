namespace Credentials.Issuer.Batches;

/// <summary>What one <see cref="BatchIssuer.IssueAsync"/> run delivers to and counts (used by the registry stage only).</summary>
internal sealed class BatchRun(IBatchOutput output, IProgress<BatchProgress>? progress, int total)
{
    public IBatchOutput Output { get; } = output;

    public IProgress<BatchProgress>? Progress { get; } = progress;

    public int Total { get; } = total;

    public PhaseClock Clock { get; } = new();

    public int Issued { get; set; }

    public int Existing { get; set; }

    public int Restored { get; set; }

    public List<IssuedLearner> NotKept { get; } = [];
}
