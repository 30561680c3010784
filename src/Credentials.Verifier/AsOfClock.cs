namespace Credentials.Verifier;

/// <summary>A clock stopped at one instant: verify a credential as of a date (the hiring date, CLI <c>--now</c>, API <c>options.asOf</c>).</summary>
public sealed class AsOfClock(DateTimeOffset instant) : TimeProvider
{
    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => instant;
}
