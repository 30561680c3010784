using Xunit;

namespace Credentials.TestKit;

/// <summary>
/// A fact that checks against Debian's independent tools (poppler-utils and zbar-tools for PDFs, openssl for OCSP):
/// skipped, with the reason, when a tool is not installed (`.ci/run` installs them).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !File.Exists("/usr/bin/" + t)).ToList();
        if (missing.Count > 0)
        {
            Skip = $"{string.Join(", ", missing)} not installed (apt-get install poppler-utils zbar-tools openssl).";
        }
    }
}
