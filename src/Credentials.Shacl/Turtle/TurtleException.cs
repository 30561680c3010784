namespace Credentials.Shacl.Turtle;

/// <summary>A Turtle document is malformed or exceeds a limit; the message names the line and column.</summary>
public sealed class TurtleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TurtleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public TurtleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TurtleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a position in the document.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    public TurtleException(string message, int line, int column)
        : base(FormattableString.Invariant($"Turtle line {line}, column {column}: {message}"))
    {
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based line of the error; 0 when no position applies.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the error; 0 when no position applies.</summary>
    public int Column { get; }
}
