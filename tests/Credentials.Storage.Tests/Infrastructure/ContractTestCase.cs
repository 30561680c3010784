using Xunit.Abstractions;
using Xunit.Sdk;

namespace Credentials.Storage.Tests.Infrastructure;

/// <summary>A test case whose skip reason comes from its test class, not from its attribute.</summary>
public sealed class ContractTestCase : XunitTestCase
{
    private string? skipReason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ContractTestCase()
    {
    }

    public ContractTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        string? skipReason)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
        this.skipReason = skipReason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("ContractSkip", skipReason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        skipReason = data.GetValue<string?>("ContractSkip");
        base.Deserialize(data);
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
        => skipReason ?? base.GetSkipReason(factAttribute);
}
