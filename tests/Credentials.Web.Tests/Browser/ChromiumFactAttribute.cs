namespace Credentials.Web.Tests.Browser;

/// <summary>A fact that needs Debian's Chromium; reported as skipped, with the reason, when it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"{ExecutablePath} is missing: install Debian's chromium package to run browser tests.";
        }
    }
}
