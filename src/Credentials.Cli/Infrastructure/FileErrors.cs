namespace Credentials.Cli.Infrastructure;

/// <summary>The ways a file argument can fail, all of them the user's to fix: reported as one sentence, never a crash.</summary>
internal static class FileErrors
{
    /// <summary>
    /// Missing, unreadable or unwritable files, and paths the system refuses (an empty <c>--status-list ""</c>, a
    /// NUL character) which .NET reports as <see cref="ArgumentException"/>.
    /// </summary>
    public static bool IsFileProblem(Exception e) =>
        e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    /// <summary>The reason to print: the system's own message, or plain words for a path it refused.</summary>
    public static string Reason(Exception e) => e is ArgumentException
        ? "that is not a usable file name (empty, or with characters the system refuses)"
        : e.Message;
}
