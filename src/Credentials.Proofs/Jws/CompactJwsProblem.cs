namespace Credentials.Proofs.Jws;

/// <summary>Why a compact JWS could not be read.</summary>
public enum CompactJwsProblem
{
    /// <summary>It was read.</summary>
    None,

    /// <summary>Not three canonical base64url parts, or a header that is not a JSON object.</summary>
    Malformed,

    /// <summary>A JSON object has the same member twice.</summary>
    DuplicateMember,

    /// <summary>Header or payload is not valid UTF-8, or escapes a lone surrogate.</summary>
    InvalidText,
}
