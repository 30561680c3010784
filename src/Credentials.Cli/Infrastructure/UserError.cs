namespace Credentials.Cli.Infrastructure;

/// <summary>A problem the user can fix (missing file, bad key); printed as one sentence, exit code 3.</summary>
internal sealed class UserError : Exception
{
    public UserError(string message)
        : base(message)
    {
    }

    public UserError(string message, Exception inner)
        : base(message, inner)
    {
    }

    public UserError()
    {
    }
}
