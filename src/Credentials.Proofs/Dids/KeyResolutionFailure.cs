namespace Credentials.Proofs.Dids;

/// <summary>Why a key could not be resolved. Malformed ids are proved wrong; the rest could not be decided.</summary>
public enum KeyResolutionFailure
{
    /// <summary>The id or the key it names is malformed (proved wrong).</summary>
    Malformed,

    /// <summary>The DID method is not supported here (could not decide).</summary>
    UnsupportedMethod,

    /// <summary>The DID document could not be had (could not decide).</summary>
    DocumentUnavailable,

    /// <summary>The document has no such method, or does not allow it for assertions (proved wrong).</summary>
    MethodNotFound,
}
