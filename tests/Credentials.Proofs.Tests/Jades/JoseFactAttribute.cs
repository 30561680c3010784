namespace Credentials.Proofs.Tests.Jades;

/// <summary>A fact that needs node and the npm packages in tests/interop; skipped with the reason when they are absent.</summary>
public sealed class JoseFactAttribute : FactAttribute
{
    public JoseFactAttribute()
    {
        if (JoseOracle.MissingReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
