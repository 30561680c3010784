namespace Credentials.Proofs.Findings;

/// <summary>Shortens long identifiers (DIDs, key ids) in report messages: the start and the end stay readable.</summary>
public static class Abbreviations
{
    /// <summary>The identifier, or its first 40 and last 12 characters when it is longer than 60.</summary>
    public static string Short(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Length <= 60 ? s : s[..40] + "…" + s[^12..];
    }
}
