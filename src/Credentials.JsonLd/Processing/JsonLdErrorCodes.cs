namespace Credentials.JsonLd.Processing;

/// <summary>Error codes that callers commonly test for (JSON-LD 1.1 API §9.4.2, plus safe mode).</summary>
public static class JsonLdErrorCodes
{
    /// <summary>A document could not be loaded (for example a context that is not bundled).</summary>
    public const string LoadingDocumentFailed = "loading document failed";

    /// <summary>A remote context could not be loaded.</summary>
    public const string LoadingRemoteContextFailed = "loading remote context failed";

    /// <summary>Safe mode: expansion or RDF conversion would drop a term, type or value.</summary>
    public const string SafeModeViolation = "safe mode violation";

    /// <summary>The input is not valid JSON.</summary>
    public const string LoadingDocumentInvalidJson = "invalid JSON";
}
