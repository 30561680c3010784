namespace Credentials.Model.Status;

/// <summary>The outcome of <see cref="BitstringStatusList.Decode"/>: a list, or an error with a message.</summary>
public sealed class BitstringDecodeResult
{
    private BitstringDecodeResult(BitstringStatusList? list, BitstringDecodeError error, string? message)
    {
        List = list;
        Error = error;
        Message = message;
    }

    /// <summary>The decoded list; <see langword="null"/> when <see cref="Success"/> is false.</summary>
    public BitstringStatusList? List { get; }

    /// <summary>Why decoding failed; <see cref="BitstringDecodeError.None"/> on success.</summary>
    public BitstringDecodeError Error { get; }

    /// <summary>A plain-language explanation of the error; <see langword="null"/> on success.</summary>
    public string? Message { get; }

    /// <summary>Whether the value decoded to a list.</summary>
    public bool Success => List is not null;

    internal static BitstringDecodeResult Ok(BitstringStatusList list) => new(list, BitstringDecodeError.None, null);

    internal static BitstringDecodeResult Fail(BitstringDecodeError error, string message) => new(null, error, message);
}
