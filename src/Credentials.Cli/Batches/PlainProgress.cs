using Credentials.Issuer.Batches;

namespace Credentials.Cli.Batches;

/// <summary>Progress as plain lines (<c>N/M learners</c>) when standard output is not a terminal.</summary>
internal sealed class PlainProgress(TextWriter writer) : IProgress<BatchProgress>
{
    public void Report(BatchProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteLine($"{value.Done}/{value.Total} learners ({value.Issued} issued, {value.Existing} issued earlier)");
        writer.Flush();
    }
}
