namespace Credentials.Storage.Tests.Infrastructure;

/// <summary>
/// On a test class: its <see cref="ContractFactAttribute"/> tests are reported as skipped unless the environment
/// variable holds a value (for example a PostgreSQL connection string).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresEnvironmentAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;

    /// <summary>The skip reason for <paramref name="testClass"/>, or null when it can run.</summary>
    public static string? SkipReasonFor(Type testClass)
    {
        foreach (var attribute in testClass.GetCustomAttributes(typeof(RequiresEnvironmentAttribute), inherit: true))
        {
            var variable = ((RequiresEnvironmentAttribute)attribute).Variable;
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)))
            {
                return $"{variable} is not set; run `export {variable}=$(.ci/start-postgres)` to include these tests.";
            }
        }

        return null;
    }
}
