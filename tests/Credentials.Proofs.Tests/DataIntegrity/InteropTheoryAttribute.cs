namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>A theory that needs the npm oracle; skipped, with the reason, when node or its packages are missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class InteropTheoryAttribute : TheoryAttribute
{
    public InteropTheoryAttribute()
    {
        if (NodeOracle.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
