namespace Credentials.JsonLd.Canonicalization;

/// <summary>
/// Raised when RDFC-1.0 would exceed <see cref="RdfcOptions.MaxHashNDegreeCalls"/>: the dataset is too complex to
/// canonicalize within the configured bound (RDFC-1.0 §4.4 and §7 on poison graphs), and must be rejected.
/// </summary>
public sealed class RdfcLimitExceededException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public RdfcLimitExceededException()
        : base("RDFC-1.0 canonicalization exceeded its work limit.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RdfcLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RdfcLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
