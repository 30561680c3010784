using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Credentials.Cli.Certificates;
using Credentials.Issuer.Batches;

namespace Credentials.Cli.Batches;

/// <summary>
/// The CLI's batch output: one <c>&lt;student number&gt;.jwt</c> per learner in a folder, and with
/// <paramref name="pdf"/> the learner's <c>&lt;student number&gt;.pdf</c> beside it; each file is written to a
/// temporary name and moved into place, so a kill never leaves a half-written file.
/// </summary>
internal sealed class FolderBatchOutput(string folder, PdfCertificates? pdf = null) : IBatchOutput
{
    private readonly ConcurrentDictionary<string, (IssuedLearner Learner, bool Written)> _seen = new(StringComparer.Ordinal);

    /// <summary>Every learner whose credential file the folder holds after the run, with whether this run wrote it.</summary>
    public IReadOnlyList<(IssuedLearner Learner, bool Written)> Delivered => [.. _seen.Values.OrderBy(v => v.Learner.Row.Line)];

    /// <summary>Every learner this run delivered or found in place, new or issued earlier.</summary>
    public IReadOnlyList<IssuedLearner> Learners => [.. Delivered.Select(d => d.Learner)];

    /// <summary>The credential file's name in the folder.</summary>
    public static string FileName(IssuedLearner learner) => learner.Row.StudentNumber + ".jwt";

    /// <summary>The credential file of a learner.</summary>
    public string PathOf(IssuedLearner learner) => Path.Combine(folder, FileName(learner));

    public Task WriteAsync(IReadOnlyList<IssuedLearner> learners, CancellationToken cancellationToken)
    {
        Parallel.For(0, learners.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            var learner = learners[i];
            var path = PathOf(learner);
            var temporary = path + ".tmp";
            var file = Encoding.UTF8.GetBytes(learner.Secured + "\n");
            File.WriteAllBytes(temporary, file);
            File.Move(temporary, path, overwrite: true);
            pdf?.Write(PdfCertificates.PathBeside(path), file, Path.GetFileName(path));
            _seen[learner.Row.StudentNumber] = (learner, true);
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

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var text = Encoding.UTF8.GetString(bytes).TrimEnd('\r', '\n');
        if (!SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan().SequenceEqual(learner.Sha256.Span))
        {
            return false;
        }

        // A run killed between a credential and its PDF, or run earlier with --pdf none: the PDF is made from the file kept.
        if (pdf is not null && !File.Exists(PdfCertificates.PathBeside(path)))
        {
            pdf.Write(PdfCertificates.PathBeside(path), bytes, Path.GetFileName(path));
        }

        _seen.TryAdd(learner.Row.StudentNumber, (learner, false));
        return true;
    }

}
