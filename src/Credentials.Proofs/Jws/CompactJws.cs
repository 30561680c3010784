using System.Buffers.Text;
using System.Text.Json;

namespace Credentials.Proofs.Jws;

/// <summary>
/// A JWS in compact serialization (RFC 7515 §7.1), split and decoded but not verified. Header and payload are
/// parsed with duplicate members rejected: JSON parsers disagree on which duplicate wins (RFC 7515 §5.2 step 4).
/// </summary>
public sealed class CompactJws : IDisposable
{
    private static readonly System.Buffers.SearchValues<char> NotInCompact = System.Buffers.SearchValues.Create(" \t\r\n{}\"");

    private CompactJws(string token, JsonDocument header, byte[] payload, JsonDocument? payloadJson)
    {
        Token = token;
        Header = header;
        Payload = payload;
        PayloadJson = payloadJson;
    }

    /// <summary>The token as given.</summary>
    public string Token { get; }

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
        error = null;
        problem = CompactJwsProblem.Malformed;
        var trimmed = token.Trim();
        var text = trimmed.AsSpan();

        // Three parts between two dots, read as spans: a token is copied only into what it decodes to.
        // An empty signature part is well-formed (an unsecured JWS, RFC 7515 §A.5); the proof check refuses it.
        var dots = text.Count('.');
        if (dots != 2)
        {
            error = $"a compact JWS has three parts separated by dots; this has {dots + 1}";
            return null;
        }

        var first = text.IndexOf('.');
        var second = text.LastIndexOf('.');
        var headerPart = text[..first];
        var payloadPart = text[(first + 1)..second];
        var signaturePart = text[(second + 1)..];
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

        var headerBytes = Base64Url.DecodeFromChars(headerPart);
        var payload = Base64Url.DecodeFromChars(payloadPart);
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

        var options = new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 };
        JsonDocument header;
        try
        {
            header = JsonDocument.Parse(headerBytes, options);
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
            payloadJson = JsonDocument.Parse(payload, options);
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
        return new CompactJws(trimmed, header, payload, payloadJson);
    }

    private static bool IsCanonical(ReadOnlySpan<char> part)
    {
        if (part.Contains('=') || part.Length % 4 == 1)
        {
            return false;
        }

        // The last character may carry spare bits (2 or 4 of them); canonical encoders leave them zero (RFC 4648 §3.5).
        var spare = (part.Length % 4) switch { 2 => 4, 3 => 2, _ => 0 };
        if (spare == 0)
        {
            return true;
        }

        var last = part[^1];
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
