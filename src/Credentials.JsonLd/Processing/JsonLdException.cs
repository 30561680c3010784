namespace Credentials.JsonLd.Processing;

/// <summary>A JSON-LD processing error carrying the error code string of JSON-LD 1.1 API §9.4.2.</summary>
public sealed class JsonLdException : Exception
{
    /// <summary>Creates the exception with a spec error code and a message.</summary>
    /// <param name="errorCode">The error code, e.g. <c>invalid IRI mapping</c>.</param>
    /// <param name="message">A human-readable explanation.</param>
    public JsonLdException(string errorCode, string message)
        : base(errorCode + ": " + message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>Creates the exception with a spec error code, a message and a cause.</summary>
    /// <param name="errorCode">The error code.</param>
    /// <param name="message">A human-readable explanation.</param>
    /// <param name="innerException">The cause.</param>
    public JsonLdException(string errorCode, string message, Exception innerException)
        : base(errorCode + ": " + message, innerException)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The JSON-LD error code (JSON-LD 1.1 API §9.4.2), or <c>safe mode violation</c> in safe mode.</summary>
    public string ErrorCode { get; }
}
