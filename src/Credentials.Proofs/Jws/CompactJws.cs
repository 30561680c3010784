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
        ArgumentNullException.ThrowIfNull(token);
        error = null;
        duplicateMember = false;
        var parts = token.Trim().Split('.');
        // An empty signature part is well-formed (an unsecured JWS, RFC 7515 §A.5); the proof check refuses it.
        if (parts.Length != 3)
        {
            error = $"a compact JWS has three parts separated by dots; this has {parts.Length}";
            return null;
        }

        if (!Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1]) || !Base64Url.IsValid(parts[2]))
        {
            error = "a part of the JWS is not base64url";
            return null;
        }

        var options = new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 };
        JsonDocument header;
        try
        {
            header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]), options);
        }
        catch (JsonException e)
        {
            duplicateMember = IsDuplicate(e);
            error = duplicateMember ? "the JWS header has a duplicate member" : "the JWS header is not JSON";
            return null;
        }

        if (header.RootElement.ValueKind != JsonValueKind.Object || !JsonText.IsReadable(header.RootElement))
        {
            error = header.RootElement.ValueKind != JsonValueKind.Object ? "the JWS header is not a JSON object" : "the JWS header holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate)";
            header.Dispose();
            return null;
        }

        var payload = Base64Url.DecodeFromChars(parts[1]);
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
                duplicateMember = true;
                error = "the JWS payload has a duplicate member";
                return null;
            }
        }

        if (payloadJson is not null && !JsonText.IsReadable(payloadJson.RootElement))
        {
            header.Dispose();
            payloadJson.Dispose();
            error = "the JWS payload holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate)";
            return null;
        }

        return new CompactJws(token.Trim(), header, payload, payloadJson);
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
