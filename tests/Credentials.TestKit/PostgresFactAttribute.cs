using Xunit;

namespace Credentials.TestKit;

/// <summary>A fact that needs PostgreSQL: skipped (not passed) when <c>CREDENTIALS_TEST_POSTGRES</c> is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CREDENTIALS_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set; run `export {Variable}=$(.ci/start-postgres)` to include this test.";
        }
    }

    /// <summary>The PostgreSQL connection string of the test server.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) ?? throw new InvalidOperationException(Variable + " is not set.");
}
