using Xunit.Sdk;

namespace Credentials.Storage.Tests.Infrastructure;

/// <summary>
/// A fact of an abstract contract-test class. Each concrete subclass runs it; a subclass marked with
/// <see cref="RequiresEnvironmentAttribute"/> whose variable is missing reports it as skipped, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Credentials.Storage.Tests.Infrastructure.ContractFactDiscoverer", "Credentials.Storage.Tests")]
public sealed class ContractFactAttribute : FactAttribute
{
}
