using Xunit.Abstractions;
using Xunit.Sdk;

namespace Credentials.Storage.Tests.Infrastructure;

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests with the skip reason of the concrete test class.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo factAttribute)
    {
        var skip = RequiresEnvironmentAttribute.SkipReasonFor(testMethod.TestClass.Class.ToRuntimeType());
        yield return new ContractTestCase(
            diagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            skip);
    }
}
