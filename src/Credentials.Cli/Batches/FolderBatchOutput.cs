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
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IssuedLearner> _learners = new(StringComparer.Ordinal);

    public Task WriteAsync(IReadOnlyList<IssuedLearner> learners, CancellationToken cancellationToken)
    {
        Parallel.For(0, learners.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            var learner = learners[i];
            _learners[learner.Row.StudentNumber] = learner;
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
        var holds = SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan().SequenceEqual(learner.Sha256.Span);
        if (holds)
        {
            _learners[learner.Row.StudentNumber] = learner;
        }

        return holds;
    }

    /// <summary>Every learner this run delivered or found in place, new or issued earlier.</summary>
    public IReadOnlyList<IssuedLearner> Learners => [.. _learners.Values];

    /// <summary>The credential file's name in the folder.</summary>
    public static string FileName(IssuedLearner learner) => learner.Row.StudentNumber + ".jwt";

    private string PathOf(IssuedLearner learner) => Path.Combine(folder, FileName(learner));
}
