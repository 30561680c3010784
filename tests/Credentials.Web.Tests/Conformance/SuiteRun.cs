using Credentials.TestKit.W3c;
using Credentials.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Credentials.Web.Tests.Conformance;

/// <summary>
/// One W3C suite run once, row after row, against a fresh service: the class fixture of a suite's tests, so that its
/// theory rows and its pass count read the same outcomes instead of running the suite twice.
/// </summary>
public abstract class SuiteRun : IDisposable
{
    private readonly WebFactory _factory = new();
    private readonly Func<HttpClient, SuiteManifest, SuiteRow, Task<SuiteRunner.Outcome>> _run;
    private readonly Lazy<Task<IReadOnlyDictionary<string, RowOutcome>>> _outcomes;

    private protected SuiteRun(string name, Func<HttpClient, SuiteManifest, SuiteRow, Task<SuiteRunner.Outcome>> run, IReadOnlyDictionary<string, string>? settings = null)
    {
        Suite = SuiteManifest.Load(name);
        _run = run;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _factory.Settings[key] = value;
        }

        _outcomes = new(RunAllAsync);
    }

    /// <summary>The suite's manifest.</summary>
    public SuiteManifest Suite { get; }

    /// <summary>Fails unless the row did what the suite expects, or, for a case we deliberately fail, failed.</summary>
    public async Task AssertRowAsync(string id, ITestOutputHelper output)
    {
        var row = Suite.Row(id);
        var outcome = (await _outcomes.Value)[id];
        outcome.Crash.Should().BeNull("a 5xx or a broken exchange is never allowed, not even in a case we deliberately fail");

        output.WriteLine($"{row.Id}: {row.Statement} → {outcome.Detail}");
        // A case we deliberately fail must still fail the way README says; the others must pass.
        outcome.Passed.Should().Be(row.Deliberate is null, row.Deliberate ?? outcome.Detail);
    }

    /// <summary>Prints "suite: N of M" and fails when fewer rows pass than README's conformance table promises.</summary>
    public async Task AssertPassCountAsync(ITestOutputHelper output)
    {
        var passed = (await _outcomes.Value).Values.Count(o => o.Passed);

        output.WriteLine($"{Suite.Name}: {passed} of {Suite.Rows.Count}");
        Console.WriteLine($"{Suite.Name}: {passed} of {Suite.Rows.Count}");
        passed.Should().BeGreaterThanOrEqualTo(Suite.PromisedPasses(), $"README's conformance table promises it ({passed} of {Suite.Rows.Count} now)");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<IReadOnlyDictionary<string, RowOutcome>> RunAllAsync()
    {
        var client = _factory.CreateClient();
        var outcomes = new Dictionary<string, RowOutcome>(StringComparer.Ordinal);
        foreach (var row in Suite.Rows)
        {
            try
            {
                var outcome = await _run(client, Suite, row);
                outcomes[row.Id] = new RowOutcome(outcome.Passed, outcome.Detail, null);
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
            {
                // A 5xx or a broken exchange fails this row only (even a deliberate one), with what happened.
                outcomes[row.Id] = new RowOutcome(false, e.Message, e.Message);
            }
        }

        return outcomes;
    }

    private sealed record RowOutcome(bool Passed, string Detail, string? Crash);
}
