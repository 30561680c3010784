using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Credentials.Proofs.Jws;

/// <summary>
/// A JWS in compact serialization (RFC 7515 §7.1), split and decoded but not verified. Header and payload are
/// parsed with duplicate members rejected: JSON parsers disagree on which duplicate wins (RFC 7515 §5.2 step 4).
/// </summary>
public sealed class CompactJws : IDisposable
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 64 };
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly System.Buffers.SearchValues<char> NotInCompact = System.Buffers.SearchValues.Create(" \t\r\n{}\"");

    // The token's ASCII bytes (the byte API's input read in place; the string API's text encoded once), whose first
    // two parts are the signing input (RFC 7515 §5.2); the text only when it was given or asked for.
    private readonly ReadOnlyMemory<byte> _utf8;
    private string? _text;

    private CompactJws(string? text, ReadOnlyMemory<byte> utf8, int signingInputLength, JsonDocument header, byte[] payload, JsonDocument? payloadJson)
    {
        _text = text;
        _utf8 = utf8;
        SigningInputLength = signingInputLength;
        Header = header;
        Payload = payload;
        PayloadJson = payloadJson;
    }

    /// <summary>The token as given, trimmed (made into text on first use when it was given as bytes).</summary>
    public string Token => _text ??= Encoding.ASCII.GetString(_utf8.Span);

    /// <summary>The length of the signing input, the first two parts and the dot between them (RFC 7515 §5.2).</summary>
    internal int SigningInputLength { get; }

    /// <summary>The protected header.</summary>
    public JsonDocument Header { get; }

    /// <summary>The decoded payload bytes.</summary>
    public byte[] Payload { get; }

    /// <summary>The payload as JSON, when it is JSON.</summary>
    public JsonDocument? PayloadJson { get; }

    /// <summary>The <c>alg</c> header, when it is a string.</summary>
    public string? Algorithm => HeaderString("alg");

    /// <summary>The <c>kid</c> header, when it is a string.</summary>
    public string? KeyId => HeaderString("kid");

    /// <summary>The <c>typ</c> header, when it is a string.</summary>
    public string? Type => HeaderString("typ");

    /// <summary>Whether text looks like a compact JWS (three base64url parts); says nothing of validity.</summary>
    public static bool LooksLikeCompact(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        return t.Count('.') == 2 && t.Length > 4 && t[0] == 'e' && !t.ContainsAny(NotInCompact);
    }

    /// <summary>Splits and decodes <paramref name="token"/>; returns null with a reason when it is malformed.</summary>
    public static CompactJws? TryParse(string token, out string? error, out bool duplicateMember)
    {
        var jws = TryParse(token, out error, out CompactJwsProblem problem);
        duplicateMember = problem == CompactJwsProblem.DuplicateMember;
        return jws;
    }

    /// <summary>
    /// Splits and decodes <paramref name="token"/> strictly: three parts of canonical, unpadded base64url (RFC 7515
    /// §2, §7.1), a header that is a JSON object, header and payload valid UTF-8 without lone surrogates, and no
    /// duplicate members. Returns null with a reason and its kind when the token breaks one of these.
    /// </summary>
    public static CompactJws? TryParse(string token, out string? error, out CompactJwsProblem problem)
    {
        ArgumentNullException.ThrowIfNull(token);
        var trimmed = token.Trim();
        if (Ascii.IsValid(trimmed))
        {
            // The parts are base64url, so their ASCII bytes are the signing input: one reader, over bytes.
            return Parse(Encoding.ASCII.GetBytes(trimmed), trimmed, out error, out problem);
        }

        // Text beyond ASCII is never base64url.
        if (!Split(trimmed.AsSpan().Count('.'), out error, out problem))
        {
            return null;
        }

        error = "a part of the JWS is not base64url";
        return null;
    }

    /// <summary>
    /// The same as <see cref="TryParse(string, out string?, out CompactJwsProblem)"/> over the token's UTF-8 bytes,
    /// read in place: the parts are decoded straight from the bytes and the signature is later checked over them, so
    /// the token is never copied into a string. The bytes must not change while the result is in use.
    /// </summary>
    public static CompactJws? TryParse(ReadOnlyMemory<byte> token, out string? error, out CompactJwsProblem problem)
    {
        // Text beyond ASCII is never base64url; only Unicode whitespace around the token could make it one, which the
        // string reader trims, so such input takes the string reader and gets its exact answer.
        var bytes = token.Span;
        if (!Ascii.IsValid(bytes))
        {
            try
            {
                return TryParse(StrictUtf8.GetString(bytes), out error, out problem);
            }
            catch (DecoderFallbackException)
            {
                error = "a part of the JWS is not base64url";
                problem = CompactJwsProblem.Malformed;
                return null;
            }
        }

        var start = 0;
        var end = bytes.Length;
        while (start < end && char.IsWhiteSpace((char)bytes[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace((char)bytes[end - 1]))
        {
            end--;
        }

        return Parse(token[start..end], null, out error, out problem);
    }

    private static CompactJws? Parse(ReadOnlyMemory<byte> trimmed, string? text, out string? error, out CompactJwsProblem problem)
    {
        var utf8 = trimmed.Span;
        if (!Split(utf8.Count((byte)'.'), out error, out problem))
        {
            return null;
        }

        var first = utf8.IndexOf((byte)'.');
        var second = utf8.LastIndexOf((byte)'.');
        var headerPart = utf8[..first];
        var payloadPart = utf8[(first + 1)..second];
        var signaturePart = utf8[(second + 1)..];
        if (!Base64Url.IsValid(headerPart) || !Base64Url.IsValid(payloadPart) || !Base64Url.IsValid(signaturePart))
        {
            error = "a part of the JWS is not base64url";
            return null;
        }

        // One value, one encoding: padding and non-zero spare bits would let two strings carry one signature.
        if (!IsCanonical(headerPart) || !IsCanonical(payloadPart) || !IsCanonical(signaturePart))
        {
            error = "a part of the JWS is not canonical unpadded base64url";
            return null;
        }

        var parts = Decode(Base64Url.DecodeFromUtf8(headerPart), Base64Url.DecodeFromUtf8(payloadPart), out error, out problem);
        return parts is { } p ? new CompactJws(text, trimmed, second, p.Header, p.Payload, p.PayloadJson) : null;
    }

    /// <summary>The decoded signature part (empty for an unsecured JWS).</summary>
    internal byte[] DecodeSignature() => Base64Url.DecodeFromUtf8(_utf8.Span[(SigningInputLength + 1)..]);

    /// <summary>
    /// The signing input as an array segment without copying, when the token came as bytes held in an array; false
    /// otherwise (then <see cref="CopySigningInput"/> writes it).
    /// </summary>
    internal bool TryGetSigningInput(out ArraySegment<byte> signingInput)
    {
        if (MemoryMarshal.TryGetArray(_utf8, out var whole))
        {
            signingInput = whole[..SigningInputLength];
            return true;
        }

        signingInput = default;
        return false;
    }

    /// <summary>Writes the ASCII bytes of the signing input into <paramref name="destination"/> (at least <see cref="SigningInputLength"/> long).</summary>
    internal void CopySigningInput(Span<byte> destination) => _utf8.Span[..SigningInputLength].CopyTo(destination);

    private static bool Split(int dots, out string? error, out CompactJwsProblem problem)
    {
        // Three parts between two dots, read as spans: a token is copied only into what it decodes to.
        // An empty signature part is well-formed (an unsecured JWS, RFC 7515 §A.5); the proof check refuses it.
        problem = CompactJwsProblem.Malformed;
        error = dots == 2 ? null : $"a compact JWS has three parts separated by dots; this has {dots + 1}";
        return dots == 2;
    }

    private static (JsonDocument Header, byte[] Payload, JsonDocument? PayloadJson)? Decode(byte[] headerBytes, byte[] payload, out string? error, out CompactJwsProblem problem)
    {
        error = null;
        problem = CompactJwsProblem.Malformed;
        if (JsonText.Problem(headerBytes) is { } headerText)
        {
            problem = CompactJwsProblem.InvalidText;
            error = "the JWS header is not acceptable text: " + headerText;
            return null;
        }

        if (JsonText.Problem(payload) is { } payloadText)
        {
            problem = CompactJwsProblem.InvalidText;
            error = "the JWS payload is not acceptable text: " + payloadText;
            return null;
        }

        JsonDocument header;
        try
        {
            header = JsonDocument.Parse(headerBytes, Options);
        }
        catch (JsonException e)
        {
            var duplicateMember = IsDuplicate(e);
            problem = duplicateMember ? CompactJwsProblem.DuplicateMember : CompactJwsProblem.Malformed;
            error = duplicateMember ? "the JWS header has a duplicate member" : "the JWS header is not JSON";
            return null;
        }

        if (header.RootElement.ValueKind != JsonValueKind.Object)
        {
            header.Dispose();
            error = "the JWS header is not a JSON object";
            return null;
        }

        JsonDocument? payloadJson = null;
        try
        {
            payloadJson = JsonDocument.Parse(payload, Options);
        }
        catch (JsonException e)
        {
            if (IsDuplicate(e))
            {
                header.Dispose();
                problem = CompactJwsProblem.DuplicateMember;
                error = "the JWS payload has a duplicate member";
                return null;
            }
        }

        problem = CompactJwsProblem.None;
        return (header, payload, payloadJson);
    }

    private static bool IsCanonical(ReadOnlySpan<byte> part) =>
        IsCanonical(part.Length, part.Contains((byte)'='), part.IsEmpty ? 'A' : (char)part[^1]);

    private static bool IsCanonical(int length, bool padded, char last)
    {
        if (padded || length % 4 == 1)
        {
            return false;
        }

        // The last character may carry spare bits (2 or 4 of them); canonical encoders leave them zero (RFC 4648 §3.5).
        var spare = (length % 4) switch { 2 => 4, 3 => 2, _ => 0 };
        if (spare == 0)
        {
            return true;
        }

        var value = last switch
        {
            >= 'A' and <= 'Z' => last - 'A',
            >= 'a' and <= 'z' => last - 'a' + 26,
            >= '0' and <= '9' => last - '0' + 52,
            '-' => 62,
            _ => 63,
        };
        return (value & ((1 << spare) - 1)) == 0;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Header.Dispose();
        PayloadJson?.Dispose();
    }

    /// <summary>Whether a System.Text.Json parse error is a duplicate-member refusal rather than malformed JSON.</summary>
    public static bool IsDuplicate(JsonException e) =>
        e is not null && e.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase);

    private string? HeaderString(string name) =>
        Header.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
