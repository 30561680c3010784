namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>A fact that needs the npm oracle; skipped, with the reason, when node or its packages are missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class InteropFactAttribute : FactAttribute
{
    public InteropFactAttribute()
    {
        if (NodeOracle.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
