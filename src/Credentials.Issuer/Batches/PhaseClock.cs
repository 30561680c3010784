using System.Diagnostics;

namespace Credentials.Issuer.Batches;

/// <summary>Adds up the wall time of a batch run's phases (they overlap: signing runs beside the registry and output).</summary>
internal sealed class PhaseClock
{
    public const int Sign = 0;
    public const int Output = 1;
    public const int Registry = 2;

    private readonly long[] _ticks = new long[3];

    public T Time<T>(int phase, Func<T> action)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            Interlocked.Add(ref _ticks[phase], Stopwatch.GetTimestamp() - start);
        }
    }

    public async Task TimeAsync(int phase, Func<Task> action)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await action().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Add(ref _ticks[phase], Stopwatch.GetTimestamp() - start);
        }
    }

    public async Task<T> TimeAsync<T>(int phase, Func<Task<T>> action)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Add(ref _ticks[phase], Stopwatch.GetTimestamp() - start);
        }
    }

    /// <summary>The totals of each phase.</summary>
    public BatchTimings Timings() => new(
        Stopwatch.GetElapsedTime(0, _ticks[Sign]),
        Stopwatch.GetElapsedTime(0, _ticks[Output]),
        Stopwatch.GetElapsedTime(0, _ticks[Registry]));
}
