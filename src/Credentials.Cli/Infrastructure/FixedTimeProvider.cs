namespace Credentials.Cli.Infrastructure;

/// <summary>A clock stopped at one instant, for <c>verify --now</c>.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
