using Credentials.TestKit;

namespace Credentials.Web.Tests.Browser;

/// <summary>
/// A fact that needs Debian's Chromium and the pinned npm <c>axe-core</c> of tests/interop; reported as skipped, with
/// the reason, when either is missing.
/// </summary>
public sealed class AxeFactAttribute : FactAttribute
{
    public static string ScriptPath => Path.Combine(NodeScript.Directory, "node_modules", "axe-core", "axe.min.js");

    public AxeFactAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            Skip = $"{ChromiumFactAttribute.ExecutablePath} is missing: install Debian's chromium package to run browser tests.";
        }
        else if (!File.Exists(ScriptPath))
        {
            Skip = "tests/interop/node_modules/axe-core is missing (run `npm ci` in tests/interop).";
        }
    }
}
