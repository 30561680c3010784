using System.Text;
using System.Text.Json;

namespace Credentials.Proofs.Formats;

/// <summary>
/// Undoes what mail programs, chat windows and people do to a credential on its way, and says what it undid: a
/// compact JWS wrapped into lines or split by spaces (base64url never contains whitespace), surrounding quotes, a
/// label or sentence around the token, a <c>data:</c> URL, a VC-API envelope. Nothing is cleaned that could change
/// what was signed: only characters that cannot be part of a compact JWS or around a JSON document are dropped.
/// </summary>
public static class InputCleaner
{
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static readonly string[] DataPrefixes = ["data:application/vc+jwt,", "data:application/vc-ld+jwt,", "data:application/jwt,", "data:application/vc+ld+jwt,"];
    private const string EndMarks = ".,;:!?)]>\"'”’»";
    private static readonly (char Open, char Close)[] Quotes = [('"', '"'), ('\'', '\''), ('“', '”'), ('”', '”'), ('‘', '’'), ('«', '»'), ('„', '“'), ('`', '`')];

    /// <summary>The cleaned text and what was done to it (plain English sentence fragments; empty when nothing).</summary>
    public static (string Text, IReadOnlyList<string> Notes) Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var notes = new List<string>();
        var t = text.Trim();
        if (t.Length == 0 || t[0] == '{' || t[0] == '[')
        {
            return (Unwrap(t, notes), notes);
        }

        for (var round = 0; round < 3; round++)
        {
            var before = t;
            foreach (var (open, close) in Quotes)
            {
                if (t.Length >= 2 && t[0] == open && t[^1] == close && !LooksLikeJsonString(t))
                {
                    t = t[1..^1].Trim();
                    notes.Add("surrounding quotes were removed");
                    break;
                }
            }

            foreach (var prefix in DataPrefixes)
            {
                if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    t = t[prefix.Length..].Trim();
                    notes.Add("the data: URL prefix was removed");
                    break;
                }
            }

            if (t == before)
            {
                break;
            }
        }

        if (IsCompact(t))
        {
            return (t, notes);
        }

        var joined = Token(t, out var surrounded, out var whitespace);
        if (joined is not null)
        {
            if (surrounded)
            {
                notes.Add("text around the token was ignored");
            }

            if (whitespace)
            {
                notes.Add("line breaks and spaces inside the token were removed");
            }

            return (joined, notes);
        }

        return (t, notes);
    }

    // A JSON string literal holding a token ("\"eyJ…\"") is also just quoted text; one holding JSON stays JSON.
    private static bool LooksLikeJsonString(string t) => t[0] == '"' && t.Length > 2 && (t[1] == '{' || t[1] == '[' || t[1] == '\\');

    private static bool IsTokenCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '=' or '+' or '/';

    private static bool IsCompact(string t)
    {
        var dots = 0;
        foreach (var c in t)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!Base64UrlAlphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return dots == 2 && t.StartsWith("eyJ", StringComparison.Ordinal);
    }

    // From the first "eyJ", take base64url and dots across whitespace, up to the first other character. The
    // signature part ends at its length when the header's algorithm fixes it (EdDSA, ES256: 86; ES384: 128), so
    // words after the token are never glued onto it.
    private static string? Token(string t, out bool surrounded, out bool whitespace)
    {
        surrounded = false;
        whitespace = false;
        // A token starts where text ends: an "eyJ" glued to base64url characters before it is the middle of another
        // part, and taking it would verify a token that was not what was given.
        var start = t.IndexOf("eyJ", StringComparison.Ordinal);
        while (start > 0 && IsTokenCharacter(t[start - 1]))
        {
            start = t.IndexOf("eyJ", start + 1, StringComparison.Ordinal);
        }

        if (start < 0)
        {
            return null;
        }

        surrounded = start > 0;
        var token = new StringBuilder(t.Length);
        var dots = 0;
        var signatureLength = 0;
        var gap = false;
        int? expected = null;
        var i = start;
        for (; i < t.Length; i++)
        {
            var c = t[i];
            if (char.IsWhiteSpace(c))
            {
                whitespace |= token.Length > 0;
                gap = true;
                continue;
            }

            if (c == '.' && dots < 2)
            {
                dots++;
                if (dots == 1)
                {
                    expected = SignatureLength(token.ToString());
                }

                token.Append(c);
                continue;
            }

            if (dots == 2 && signatureLength == expected && Base64UrlAlphabet.Contains(c, StringComparison.Ordinal))
            {
                if (gap)
                {
                    break; // the next word of the sentence
                }

                return null; // more signature than its algorithm makes: not a wrapping, leave it to the strict reader
            }

            if (!Base64UrlAlphabet.Contains(c, StringComparison.Ordinal))
            {
                // Only the end of a sentence or a closing mark may follow a token; '=' padding or other text glued
                // to it is not a wrapping, and is left to the strict reader.
                if (!EndMarks.Contains(c, StringComparison.Ordinal))
                {
                    return null;
                }

                break;
            }

            token.Append(c);
            gap = false;
            if (dots == 2)
            {
                signatureLength++;
            }
        }

        // Whitespace after the last character taken is not inside the token.
        var rest = t[i..];
        whitespace &= !string.IsNullOrWhiteSpace(t[start..i].TrimEnd()) && t[start..i].TrimEnd().Any(char.IsWhiteSpace);
        surrounded |= rest.Trim().Length > 0;
        var result = token.ToString();
        return IsCompact(result) ? result : null;
    }

    private static int? SignatureLength(string encodedHeader)
    {
        try
        {
            using var header = JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(encodedHeader));
            return CredentialMembers.String(header.RootElement, "alg") switch
            {
                "EdDSA" or "Ed25519" or "ES256" => 86,
                "ES384" => 128,
                _ => null,
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    // A VC-API body or an EnvelopedVerifiableCredential holds the credential one level down.
    private static string Unwrap(string t, List<string> notes)
    {
        if (t.Length == 0 || t[0] != '{' || t.Length > 4 * 1024 * 1024)
        {
            return t;
        }

        try
        {
            using var doc = JsonDocument.Parse(t, CredentialInput.JsonOptions);
            var root = doc.RootElement;
            if (root.TryGetProperty("@context", out _))
            {
                return Enveloped(root, notes) ?? t;
            }

            if (root.TryGetProperty("verifiableCredential", out var vc) && root.EnumerateObject().All(p => p.Name is "verifiableCredential" or "options"))
            {
                if (vc.ValueKind == JsonValueKind.String && vc.GetString() is { } s)
                {
                    notes.Add("the credential was taken out of its VC-API request");
                    return Clean(s).Text;
                }

                if (vc.ValueKind == JsonValueKind.Object)
                {
                    notes.Add("the credential was taken out of its VC-API request");
                    return Enveloped(vc, notes) ?? vc.GetRawText();
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON we can look into: the format check reports it as it is.
        }

        return t;
    }

    private static string? Enveloped(JsonElement o, List<string> notes)
    {
        if (CredentialMembers.HasType(o, "EnvelopedVerifiableCredential") && CredentialMembers.HasBaseContext(o) && CredentialMembers.String(o, "id") is { } id
            && id.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && id.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma)
        {
            notes.Add("the token was taken out of its EnvelopedVerifiableCredential");
            return id[(comma + 1)..];
        }

        return null;
    }
}
