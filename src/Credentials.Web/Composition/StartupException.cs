namespace Credentials.Web.Composition;

/// <summary>
/// A configuration problem that stops the service before it serves anything. Its message is one sentence that names
/// the setting and what to do; <c>Program</c> prints it alone, without a stack trace, and exits with 1.
/// </summary>
internal sealed class StartupException : Exception
{
    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public StartupException()
    {
    }
}
