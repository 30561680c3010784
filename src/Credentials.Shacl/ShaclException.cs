namespace Credentials.Shacl;

/// <summary>A shapes graph is malformed (an ill-formed shape, path or list); data graphs never cause it.</summary>
public sealed class ShaclException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ShaclException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public ShaclException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ShaclException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
