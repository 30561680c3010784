using System.Security.Cryptography;
using System.Text;
using Credentials.Issuer.Batches;

namespace Credentials.Cli.Batches;

/// <summary>
/// The CLI's batch output: one <c>&lt;student number&gt;.jwt</c> per learner in a folder, each written to a temporary
/// name and moved into place, so a kill never leaves a half-written credential file.
/// </summary>
internal sealed class FolderBatchOutput(string folder) : IBatchOutput
{
    public Task WriteAsync(IReadOnlyList<IssuedLearner> learners, CancellationToken cancellationToken)
    {
        Parallel.For(0, learners.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            var learner = learners[i];
            var path = PathOf(learner);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, learner.Secured + "\n");
            File.Move(temporary, path, overwrite: true);
        });
        return Task.CompletedTask;
    }

    public async Task<bool> HoldsAsync(IssuedLearner learner, CancellationToken cancellationToken)
    {
        var path = PathOf(learner);
        if (!File.Exists(path) || learner.Sha256.IsEmpty)
        {
            return false;
        }

        var text = (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).TrimEnd('\r', '\n');
        return SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan().SequenceEqual(learner.Sha256.Span);
    }

    private string PathOf(IssuedLearner learner) => Path.Combine(folder, learner.Row.StudentNumber + ".jwt");
}
