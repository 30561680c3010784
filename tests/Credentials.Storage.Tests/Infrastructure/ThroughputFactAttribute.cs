namespace Credentials.Storage.Tests.Infrastructure;

/// <summary>
/// A measurement that takes a minute on a busy machine: skipped (and reported so) unless
/// <c>CREDENTIALS_TEST_THROUGHPUT</c> is set; on PostgreSQL also unless <c>CREDENTIALS_TEST_POSTGRES</c> is set.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ThroughputFactAttribute : FactAttribute
{
    public const string Variable = "CREDENTIALS_TEST_THROUGHPUT";

    public ThroughputFactAttribute(bool needsPostgres = false)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set; set it to 1 to measure bulk recording of 100,000 credentials.";
        }
        else if (needsPostgres && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)))
        {
            Skip = $"{PostgresFactAttribute.Variable} is not set; run `export {PostgresFactAttribute.Variable}=$(.ci/start-postgres)`.";
        }
    }
}
