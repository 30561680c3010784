namespace Credentials.Verifier.Checks;

/// <summary>Shortens long identifiers (DIDs, key ids) in report messages: the start and the end stay readable.</summary>
internal static class Abbreviation
{
    public static string Short(string s) => s.Length <= 60 ? s : s[..40] + "…" + s[^12..];
}
