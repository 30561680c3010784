namespace Credentials.Web.Tests.Infrastructure;

/// <summary>A test that needs PostgreSQL: skipped (and reported as skipped) unless CREDENTIALS_TEST_POSTGRES is set.</summary>
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

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) ?? throw new InvalidOperationException(Variable + " is not set.");
}
