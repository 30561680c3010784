using Xunit;

namespace Credentials.TestKit;

/// <summary>A fact that needs node and the npm oracles; skipped, with the reason, when they are missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when node scripts cannot run.</summary>
    public NodeFactAttribute()
    {
        if (NodeScript.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
