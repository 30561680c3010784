namespace Credentials.Issuer.Sharing;

/// <summary>How long share links live: <see cref="DefaultMonths"/> unless asked otherwise, never beyond <see cref="MaxMonths"/>.</summary>
/// <param name="DefaultMonths">Lifetime of a link made without an expiry (6 months, as Koski's links).</param>
/// <param name="MaxMonths">The longest lifetime a link may be given (1 year).</param>
public sealed record ShareLinkPolicy(int DefaultMonths = 6, int MaxMonths = 12)
{
    /// <summary>The policy's problem with itself, in one sentence; null when it is usable.</summary>
    public string? Problem => DefaultMonths < 1 || MaxMonths < 1 ? "share link lifetimes must be at least one month"
        : DefaultMonths > MaxMonths ? "the default share link lifetime must not exceed the maximum"
        : null;
}
