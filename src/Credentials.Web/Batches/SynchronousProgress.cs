using Credentials.Issuer.Batches;

namespace Credentials.Web.Batches;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its handler on the reporting thread (the BCL's <c>Progress&lt;T&gt;</c>
/// posts to the thread pool, which would let the next chunk start before this one's rows are recorded).
/// </summary>
internal sealed class SynchronousProgress(Action<BatchProgress> handler) : IProgress<BatchProgress>
{
    public void Report(BatchProgress value) => handler(value);
}
