using Credentials.Proofs.Findings;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Credentials.Proofs.Jws;
using Credentials.Proofs.Presentations;
using Credentials.Verifier.Checks;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// Reads the input as a presentation: size limit first, strict UTF-8, JSON with duplicate members refused (design §8)
/// a compact JWS whose payload has a <c>vp</c> claim, or a JAdES seal (ETSI TS 119 182-1, JWS JSON serialization) whose
/// unencoded payload is a presentation, as Europass seals them; then the presentation's type and base context.
/// </summary>
internal static class PresentationReader
{
    private const string Check = PresentationCheckNames.Format;
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowDuplicateProperties = false, MaxDepth = 64 };
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Whether the input looks like a presentation (for routing only; proves nothing).</summary>
    public static bool LooksLikePresentation(ReadOnlySpan<byte> input)
    {
        if (input.Length > VerifierOptions.DefaultMaxInputBytes || Text(input) is not { Length: > 0 } text)
        {
            return false;
        }

        try
        {
            if (text[0] == '{')
            {
                using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
                return HasPresentationType(doc.RootElement) || EnvelopedPresentation.TryUnwrap(text) is not null || SealedPresentation(doc.RootElement);
            }

            using var jws = CompactJws.LooksLikeCompact(text) ? CompactJws.TryParse(text, out _, out bool _) : null;
            return jws?.PayloadJson?.RootElement is { ValueKind: JsonValueKind.Object } payload && payload.TryGetProperty("vp", out _);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: the payload string escapes a lone surrogate or is not UTF-8, found only on reading it.
            return false;
        }
    }

    public static IReadOnlyList<CheckResult> Read(ReadOnlyMemory<byte> input, PresentationVerifierOptions options, out ParsedPresentation? parsed)
    {
        parsed = null;
        if (input.Length > options.MaxInputBytes)
        {
            return Fail(CheckCodes.FormatTooLarge, $"The input has {input.Length} bytes; the limit is {options.MaxInputBytes}.");
        }

        var text = Text(input.Span);
        if (text is null)
        {
            return Fail(CheckCodes.FormatUnreadable, "The input is not UTF-8 text.");
        }

        if (text.Length == 0)
        {
            return Fail(CheckCodes.FormatUnreadable, "The input is empty.");
        }

        if (text[0] == '{' && EnvelopedPresentation.TryUnwrap(text) is { } token)
        {
            text = token;
        }
        else if (text[0] == '{')
        {
            return ReadJson(text, out parsed);
        }

        if (text.Count('.') == 2 && !text.Contains(' ', StringComparison.Ordinal))
        {
            return ReadJwt(text, out parsed);
        }

        return Fail(CheckCodes.FormatUnreadable, "The input is neither a signed token (three dot-separated parts) nor a JSON object.");
    }

    private static IReadOnlyList<CheckResult> ReadJson(string text, out ParsedPresentation? parsed)
    {
        parsed = null;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is long line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {e.BytePositionInLine + 1})") : string.Empty;
            return CompactJws.IsDuplicate(e)
                ? Fail(CheckCodes.FormatDuplicateMember, "A JSON object has the same member twice" + where + ".")
                : Fail(CheckCodes.FormatUnreadable, "The JSON is malformed" + where + ".");
        }

        var root = doc.RootElement;
        var readable = JsonText.IsReadable(root);
        if (readable && IsSeal(root))
        {
            var answer = ReadSealed(root, text, out parsed);
            doc.Dispose();
            return answer;
        }

        var problem = readable ? Shape(root, string.Empty) : Fail(CheckCodes.FormatUnreadable, "The JSON holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate).");
        if (problem is not null)
        {
            doc.Dispose();
            return problem;
        }

        parsed = new ParsedPresentation
        {
            Envelope = root.TryGetProperty("proof", out _) ? ParsedPresentation.DataIntegrity : ParsedPresentation.Unsigned,
            Presentation = root,
            Holder = HolderOf(root),
            Json = doc,
        };
        return Ok(parsed.Envelope == ParsedPresentation.DataIntegrity ? "presentation with a Data Integrity proof" : "presentation without a proof");
    }

    // ETSI TS 119 182-1 §5.1.10 (b64: false), as Europass seals: the payload string is the presentation's JSON text.
    private static IReadOnlyList<CheckResult> ReadSealed(JsonElement seal, string text, out ParsedPresentation? parsed)
    {
        parsed = null;
        var payload = seal.GetProperty("payload");
        if (payload.ValueKind != JsonValueKind.String)
        {
            return Fail(CheckCodes.PresentationNotAPresentation, "The seal's payload is not a JSON string.", "/payload");
        }

        JsonDocument inner;
        try
        {
            inner = JsonDocument.Parse(payload.GetString()!, JsonOptions);
        }
        catch (JsonException e)
        {
            return CompactJws.IsDuplicate(e)
                ? Fail(CheckCodes.FormatDuplicateMember, "The seal's payload has the same JSON member twice.", "/payload")
                : Fail(CheckCodes.PresentationNotAPresentation, "The seal's payload is not JSON.", "/payload");
        }

        var problem = JsonText.IsReadable(inner.RootElement)
            ? Shape(inner.RootElement, "/payload")
            : Fail(CheckCodes.FormatUnreadable, "The seal's payload holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate).", "/payload");
        if (problem is not null)
        {
            inner.Dispose();
            return problem;
        }

        parsed = new ParsedPresentation
        {
            Envelope = ParsedPresentation.Sealed,
            Presentation = inner.RootElement,
            Pointer = "/payload",
            Holder = HolderOf(inner.RootElement),
            Json = inner,
            SealText = text,
        };
        return Ok("JAdES-sealed presentation");
    }

    private static bool IsSeal(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("payload", out _) && (root.TryGetProperty("signatures", out _) || root.TryGetProperty("signature", out _));

    // For routing: a seal whose payload parses as an object of type VerifiablePresentation.
    private static bool SealedPresentation(JsonElement root)
    {
        if (!IsSeal(root) || root.GetProperty("payload") is not { ValueKind: JsonValueKind.String } payload)
        {
            return false;
        }

        try
        {
            using var inner = JsonDocument.Parse(payload.GetString()!, new JsonDocumentOptions { MaxDepth = 64 });
            return HasPresentationType(inner.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IReadOnlyList<CheckResult> ReadJwt(string text, out ParsedPresentation? parsed)
    {
        parsed = null;
        var jws = CompactJws.TryParse(text, out var error, out CompactJwsProblem jwsProblem);
        if (jws is null)
        {
            var code = jwsProblem switch
            {
                CompactJwsProblem.DuplicateMember => CheckCodes.FormatDuplicateMember,
                CompactJwsProblem.InvalidText => CheckCodes.FormatInvalidText,
                _ => CheckCodes.FormatMalformedJws,
            };
            return Fail(code, char.ToUpperInvariant(error![0]) + error[1..] + ".");
        }

        if (jws.PayloadJson?.RootElement is not { ValueKind: JsonValueKind.Object } payload || !payload.TryGetProperty("vp", out var vp))
        {
            jws.Dispose();
            return Fail(CheckCodes.PresentationNotAPresentation, "The token's payload has no 'vp' claim.");
        }

        var problem = Shape(vp, "/vp");
        if (problem is not null)
        {
            jws.Dispose();
            return problem;
        }

        // VC Data Model 1.1 §6.3.1: iss is the holder; a holder inside vp must say the same (checked by the holder check).
        var iss = payload.TryGetProperty("iss", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        parsed = new ParsedPresentation { Envelope = ParsedPresentation.Jwt, Presentation = vp, Pointer = "/vp", Holder = iss ?? HolderOf(vp), Jws = jws };
        return Ok("VP-JWT (VC Data Model 1.1)");
    }

    private static IReadOnlyList<CheckResult>? Shape(JsonElement presentation, string pointer)
    {
        if (presentation.ValueKind != JsonValueKind.Object || !HasPresentationType(presentation))
        {
            return Fail(CheckCodes.PresentationNotAPresentation, "The JSON is not an object of type VerifiablePresentation.", pointer + "/type");
        }

        // VC Data Model 2.0 §4.3, 1.1 §4.1: the first context is the base context of the data model.
        var context = presentation.TryGetProperty("@context", out var c) ? c : default;
        var first = context.ValueKind == JsonValueKind.Array ? context.EnumerateArray().FirstOrDefault() : context;
        if (first.ValueKind != JsonValueKind.String || first.GetString() is not (PresentationContexts.V1 or PresentationContexts.V2))
        {
            return Fail(CheckCodes.PresentationContextInvalid, $"The first @context must be {PresentationContexts.V2} or {PresentationContexts.V1}.", pointer + "/@context");
        }

        return null;
    }

    public static string? HolderOf(JsonElement presentation) =>
        !presentation.TryGetProperty("holder", out var h) ? null
        : h.ValueKind == JsonValueKind.String ? h.GetString()
        : h.ValueKind == JsonValueKind.Object && h.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()
        : null;

    private static bool HasPresentationType(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && global::Credentials.Proofs.Formats.CredentialMembers.HasType(e, PresentationContexts.PresentationType);

    private static string? Text(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes).Trim();
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static IReadOnlyList<CheckResult> Ok(string what) =>
        Result.One(Check, CheckOutcome.Passed, CheckCodes.PresentationOk, "The input holds a " + what + ".");

    private static IReadOnlyList<CheckResult> Fail(string code, string message, string? pointer = null) =>
        Result.One(Check, CheckOutcome.Failed, code, message, pointer);
}
