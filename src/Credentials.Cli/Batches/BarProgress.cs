using Credentials.Issuer.Batches;
using Spectre.Console;

namespace Credentials.Cli.Batches;

/// <summary>Progress as a Spectre.Console bar, for a terminal.</summary>
internal sealed class BarProgress(ProgressTask task) : IProgress<BatchProgress>
{
    public void Report(BatchProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        task.MaxValue = Math.Max(1, value.Total);
        task.Value = value.Done;
        task.Description = $"{value.Issued} issued, {value.Existing} earlier";
    }

    /// <summary>Runs <paramref name="body"/> with a bar on the terminal.</summary>
    public static Task<T> RunAsync<T>(int total, Func<IProgress<BatchProgress>, Task<T>> body) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("issuing", maxValue: Math.Max(1, total));
                return await body(new BarProgress(task)).ConfigureAwait(false);
            });
}
