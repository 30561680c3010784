using System.Threading.Channels;

namespace Credentials.Web.Batches;

/// <summary>Accepted batches in arrival order; bounded, so a flood of uploads is refused rather than held in memory.</summary>
internal sealed class BatchQueue
{
    private readonly Channel<BatchJob> _channel = Channel.CreateBounded<BatchJob>(new BoundedChannelOptions(16) { SingleReader = true });

    public bool TryEnqueue(BatchJob job) => _channel.Writer.TryWrite(job);

    public IAsyncEnumerable<BatchJob> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
