using System.Globalization;
using System.Text;
using System.Text.Json;
using Credentials.Proofs.Findings;
using Credentials.Proofs.Jws;
using Credentials.Proofs.SdJwt;

namespace Credentials.Proofs.Formats;

/// <summary>
/// The input, read once: size limit first, then UTF-8 text without a lone surrogate, then a compact JWS or a JSON
/// document with duplicate members refused (RFC 8259 §4, RFC 7515 §5.2). What cannot be read is a
/// <see cref="Problem"/>, never an exception.
/// </summary>
public sealed class CredentialInput : IDisposable
{
    /// <summary>Limits for every JSON document the verifier parses: duplicates refused, depth bounded.</summary>
    public static readonly JsonDocumentOptions JsonOptions = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly System.Buffers.SearchValues<byte> CompactBytes = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."u8);

    private string? _text;

    private CredentialInput(string? text, CompactJws? jws, JsonDocument? json, Finding? problem, IReadOnlyList<string>? notes = null, SdJwtParts? sdJwt = null)
    {
        SdJwt = sdJwt;
        Notes = notes ?? [];
        _text = text;
        Jws = jws;
        Json = json;
        Problem = problem;
    }

    /// <summary>The input as text, trimmed; empty when it is not UTF-8. A compact JWS read from bytes becomes text only when asked.</summary>
    public string Text => _text ??= Jws?.Token ?? string.Empty;

    /// <summary>The compact JWS, when the input is one.</summary>
    public CompactJws? Jws { get; }

    /// <summary>The disclosures and key binding after <see cref="Jws"/>, when the input is an SD-JWT (RFC 9901 §4).</summary>
    public SdJwtParts? SdJwt { get; }

    /// <summary>The JSON document, when the input is JSON.</summary>
    public JsonDocument? Json { get; }

    /// <summary>What was cleaned from the input before reading it (<see cref="InputCleaner"/>), e.g. "line breaks … were removed".</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Why the input could not be read (a failed format finding); null when it was.</summary>
    public Finding? Problem { get; }

    /// <summary>
    /// Reads <paramref name="input"/> (UTF-8, with or without a byte-order mark); never throws. A bare compact JWS is
    /// read in place (<see cref="Jws"/> refers to the bytes), so they must not change while the result is in use.
    /// </summary>
    public static CredentialInput Read(ReadOnlyMemory<byte> input, int maxBytes)
    {
        if (input.Length > maxBytes)
        {
            return Unreadable(CheckCodes.FormatTooLarge, $"The input has {input.Length} bytes; the limit is {maxBytes}.");
        }

        var bytes = input.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        // The common case, a bare compact JWS, is read from the bytes in place: nothing for the cleaner to undo, and
        // no string of the whole token. Anything else (JSON, an SD-JWT, a wrapped or quoted token) is read as text.
        if (BareCompact(bytes) is var (start, length))
        {
            var jws = CompactJws.TryParse(input.Slice(input.Length - bytes.Length + start, length), out var error, out CompactJwsProblem problem);
            return jws is not null
                ? new CredentialInput(null, jws, null, null)
                : new CredentialInput(Encoding.ASCII.GetString(bytes.Slice(start, length)), null, null, Finding.Failed(Code(problem), Sentence(error!)));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).Trim();
        }
        catch (DecoderFallbackException)
        {
            return Unreadable(CheckCodes.FormatInvalidText, "The input is not UTF-8 text.");
        }

        if (text.Length == 0)
        {
            return Unreadable(CheckCodes.FormatUnreadable, "The input is empty.");
        }

        var (cleaned, notes) = InputCleaner.Clean(text);
        text = cleaned;
        if (text.Length > 0 && text[0] is '{' or '[' or '"')
        {
            var doc = ParseJson(text, out var jsonProblem);
            return new CredentialInput(text, null, doc, jsonProblem, notes);
        }

        // A JOSE header always starts '{"', which base64url-encodes to "eyJ": such text is a token, however broken.
        // RFC 9901 §4: an SD-JWT is the issuer-signed JWT, '~', the disclosures each followed by '~', and an optional KB-JWT.
        var tilde = text.IndexOf(SdJwtNames.Separator, StringComparison.Ordinal);
        if (tilde > 0 && text.StartsWith("eyJ", StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal))
        {
            var issuerJwt = CompactJws.TryParse(text[..tilde], out var sdError, out CompactJwsProblem sdProblem);
            return issuerJwt is not null
                ? new CredentialInput(text, issuerJwt, null, null, notes, SdJwtParts.Split(text, tilde))
                : new CredentialInput(text, null, null, Finding.Failed(Code(sdProblem), Sentence(sdError!)), notes);
        }

        if ((text.Count('.') == 2 || text.StartsWith("eyJ", StringComparison.Ordinal)) && !text.Contains(' ', StringComparison.Ordinal))
        {
            var jws = CompactJws.TryParse(text, out var error, out CompactJwsProblem problem);
            return jws is not null
                ? new CredentialInput(text, jws, null, null, notes)
                : new CredentialInput(text, null, null, Finding.Failed(Code(problem), Sentence(error!)), notes);
        }

        return Unreadable(CheckCodes.FormatUnreadable, "The input is neither a signed token (three dot-separated parts) nor a JSON object.");
    }

    // Where the token lies when the bytes, around whitespace, are exactly what the cleaner leaves alone: base64url and
    // two dots from a leading "eyJ" (InputCleaner.IsCompact), so the text path would read the same token unchanged.
    private static (int Start, int Length)? BareCompact(ReadOnlySpan<byte> bytes)
    {
        var start = 0;
        var end = bytes.Length;
        while (start < end && bytes[start] < 0x80 && char.IsWhiteSpace((char)bytes[start]))
        {
            start++;
        }

        while (end > start && bytes[end - 1] < 0x80 && char.IsWhiteSpace((char)bytes[end - 1]))
        {
            end--;
        }

        var token = bytes[start..end];
        return token.StartsWith("eyJ"u8) && token.Count((byte)'.') == 2 && !token.ContainsAnyExcept(CompactBytes) ? (start, end - start) : null;
    }

    /// <summary>Parses JSON text with the verifier's limits, or says why it cannot be read.</summary>
    public static JsonDocument? ParseJson(string text, out Finding? problem)
    {
        if (JsonText.HasLoneSurrogate(Encoding.UTF8.GetBytes(text)))
        {
            problem = Finding.Failed(CheckCodes.FormatInvalidText, "The JSON escapes a lone UTF-16 surrogate, which has no meaning as text.");
            return null;
        }

        try
        {
            problem = null;
            return JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException e)
        {
            problem = CompactJws.IsDuplicate(e)
                ? Finding.Failed(CheckCodes.FormatDuplicateMember, "A JSON object has the same member twice" + Where(e) + ".")
                : Finding.Failed(CheckCodes.FormatUnreadable, "The JSON is malformed" + Where(e) + ".");
            return null;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Jws?.Dispose();
        Json?.Dispose();
    }

    private static CredentialInput Unreadable(string code, string message) => new(string.Empty, null, null, Finding.Failed(code, message));

    private static string Code(CompactJwsProblem problem) => problem switch
    {
        CompactJwsProblem.DuplicateMember => CheckCodes.FormatDuplicateMember,
        CompactJwsProblem.InvalidText => CheckCodes.FormatInvalidText,
        _ => CheckCodes.FormatMalformedJws,
    };

    private static string Where(JsonException e) =>
        e.LineNumber is long line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {e.BytePositionInLine + 1})") : string.Empty;

    private static string Sentence(string s) => char.ToUpperInvariant(s[0]) + s[1..] + ".";
}
