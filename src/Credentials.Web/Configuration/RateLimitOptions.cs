namespace Credentials.Web.Configuration;

/// <summary>Fixed-window rate limit per client address.</summary>
internal sealed class RateLimitOptions
{
    /// <summary>Requests allowed per window and client.</summary>
    public int PermitLimit { get; set; } = 120;

    /// <summary>Window length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
