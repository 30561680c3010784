namespace Credentials.Model.Status;

/// <summary>Why an <c>encodedList</c> could not be decoded.</summary>
public enum BitstringDecodeError
{
    /// <summary>Decoding succeeded.</summary>
    None = 0,

    /// <summary>The value is empty or does not start with the multibase prefix <c>u</c> (base64url, no padding).</summary>
    MissingMultibasePrefix,

    /// <summary>The text after the prefix is not unpadded base64url.</summary>
    InvalidBase64Url,

    /// <summary>The decoded bytes do not start with the GZIP magic number (RFC 1952 §2.3.1).</summary>
    NotGzip,

    /// <summary>The GZIP stream is truncated or corrupt.</summary>
    CorruptGzip,

    /// <summary>The encoded or decompressed list exceeds the caller's size limit (a compression bomb, for instance).</summary>
    TooLarge,

    /// <summary>The decompressed list is shorter than the required minimum (spec: <c>STATUS_LIST_LENGTH_ERROR</c>).</summary>
    TooShort,
}
