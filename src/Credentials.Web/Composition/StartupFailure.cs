using System.Security.Cryptography;

namespace Credentials.Web.Composition;

/// <summary>
/// How the service fails to start: one sentence on standard error and exit code 1, never a stack trace, whether the
/// configuration is wrong (<see cref="StartupException"/>) or Kestrel cannot listen (port in use, bad certificate).
/// </summary>
internal static class StartupFailure
{
    /// <summary>
    /// The host arguments, with the app folder as content root unless one was given (<c>--contentRoot</c> or the
    /// <c>ASPNETCORE_CONTENTROOT</c>/<c>DOTNET_CONTENTROOT</c> variables): <c>appsettings.json</c> is then found
    /// from any working directory.
    /// </summary>
    public static WebApplicationOptions WithAppFolderAsContentRoot(string[] args)
    {
        var given = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 };
        return new WebApplicationOptions { Args = args, ContentRootPath = given ? null : AppContext.BaseDirectory };
    }

    /// <summary>
    /// Every start-up failure is reported as a sentence, except the signal the test host uses to stop a built
    /// application (<see cref="HostAbortedException"/>), which must pass through.
    /// </summary>
    public static bool IsReported(Exception e) => e is not HostAbortedException;

    /// <summary>The one sentence for a start-up failure.</summary>
    public static string Sentence(Exception e)
    {
        var text = e switch
        {
            StartupException => e.Message,
            IOException when e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException =>
                e.Message.TrimEnd('.') + ": another program uses that port; stop it, or choose another port (ASPNETCORE_URLS or Kestrel:Endpoints)",
            IOException or UnauthorizedAccessException or CryptographicException =>
                "the HTTPS certificate or an endpoint cannot be used: " + e.Message,
            InvalidOperationException when e.Message.Contains("certificate", StringComparison.OrdinalIgnoreCase) =>
                "the HTTPS certificate cannot be used: " + e.Message,
            _ => $"unexpected start-up failure ({e.GetType().Name}): {e.Message}",
        };
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.EndsWith('.') ? line : line + ".";
    }
}
