using System.Globalization;
using System.Text;
using System.Text.Json;
using Credentials.Proofs.Jws;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Reads the input: size limit first, then the envelope (compact JWS, JAdES JSON, Data Integrity JSON, bare JSON),
/// with duplicate JSON members refused everywhere (design §8), and finds the credential inside.
/// </summary>
internal sealed class FormatCheck : ICheck
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowDuplicateProperties = false, MaxDepth = 64 };
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public string Name => CheckNames.Format;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        return ValueTask.FromResult(Run(context));
    }

    private IReadOnlyList<CheckResult> Run(VerificationContext context)
    {
        var input = context.Input;
        if (input.Length > context.Options.MaxInputBytes)
        {
            return Fail(CheckCodes.FormatTooLarge, $"The input has {input.Length} bytes; the limit is {context.Options.MaxInputBytes}.");
        }

        var bytes = input.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).Trim();
        }
        catch (DecoderFallbackException)
        {
            return Fail(CheckCodes.FormatUnreadable, "The input is not UTF-8 text.");
        }

        if (text.Length == 0)
        {
            return Fail(CheckCodes.FormatUnreadable, "The input is empty.");
        }

        if (text[0] is '{' or '[')
        {
            return ReadJson(context, text);
        }

        // A JOSE header always starts '{"', which base64url-encodes to "eyJ": such text is a token, however broken.
        if ((text.Count('.') == 2 || text.StartsWith("eyJ", StringComparison.Ordinal)) && !text.Contains(' ', StringComparison.Ordinal))
        {
            return ReadCompact(context, text);
        }

        return Fail(CheckCodes.FormatUnreadable, "The input is neither a signed token (three dot-separated parts) nor a JSON object.");
    }

    private IReadOnlyList<CheckResult> ReadCompact(VerificationContext context, string text)
    {
        var jws = CompactJws.TryParse(text, out var error, out var duplicate);
        if (jws is null)
        {
            return Fail(duplicate ? CheckCodes.FormatDuplicateMember : CheckCodes.FormatMalformedJws, Sentence(error!));
        }

        context.Jws = jws;
        if (jws.PayloadJson?.RootElement is not { ValueKind: JsonValueKind.Object } payload)
        {
            return Fail(CheckCodes.FormatNotACredential, "The token's payload is not a JSON object.");
        }

        if (payload.TryGetProperty("vc", out var vc))
        {
            context.Envelope = Envelope.VcJwt11;
            context.CredentialPointer = "/vc";
            return Found(context, vc, ClaimsAgree(payload, vc));
        }

        context.Envelope = Envelope.VcJose;
        return Found(context, payload, []);
    }

    private IReadOnlyList<CheckResult> ReadJson(VerificationContext context, string text)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException e)
        {
            return CompactJws.IsDuplicate(e)
                ? Fail(CheckCodes.FormatDuplicateMember, "A JSON object has the same member twice" + Where(e) + ".")
                : Fail(CheckCodes.FormatUnreadable, "The JSON is malformed" + Where(e) + ".");
        }

        context.Json = doc;
        var root = doc.RootElement;
        if (!JsonText.IsReadable(root))
        {
            return Fail(CheckCodes.FormatUnreadable, "The JSON holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate).");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(CheckCodes.FormatNotACredential, "The JSON is not an object.");
        }

        if (root.TryGetProperty("payload", out _) && root.TryGetProperty("signatures", out _))
        {
            context.Envelope = Envelope.Jades;
            return ReadJadesPayload(context, root.GetProperty("payload"));
        }

        // The Europass upload wrapper {"credential": {...}} holds the credential one level down.
        if (root.TryGetProperty("credential", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object && !root.TryGetProperty("@context", out _))
        {
            context.CredentialPointer = "/credential";
            root = wrapped;
        }

        context.Envelope = root.TryGetProperty("proof", out _) ? Envelope.DataIntegrity : Envelope.Unsigned;
        return Found(context, root, []);
    }

    // A Europass JAdES seal carries the credential as an unencoded JSON string (b64: false, ETSI TS 119 182-1 §5.1.10).
    private IReadOnlyList<CheckResult> ReadJadesPayload(VerificationContext context, JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.String)
        {
            return Fail(CheckCodes.FormatNotACredential, "The seal's payload is not a JSON string.");
        }

        try
        {
            context.Inner = JsonDocument.Parse(payload.GetString()!, JsonOptions);
            if (!JsonText.IsReadable(context.Inner.RootElement))
            {
                return Fail(CheckCodes.FormatNotACredential, "The seal's payload holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate).");
            }
        }
        catch (JsonException e)
        {
            return Fail(CompactJws.IsDuplicate(e) ? CheckCodes.FormatDuplicateMember : CheckCodes.FormatNotACredential, "The seal's payload is not a valid JSON credential" + Where(e) + ".");
        }

        context.CredentialPointer = "/payload";
        return Found(context, context.Inner.RootElement, []);
    }

    private IReadOnlyList<CheckResult> Found(VerificationContext context, JsonElement credential, List<CheckResult> problems)
    {
        if (credential.ValueKind != JsonValueKind.Object || !HasType(credential, "VerifiableCredential") || !credential.TryGetProperty("@context", out _))
        {
            return Fail(CheckCodes.FormatNotACredential, "The content has no '@context' or is not of type VerifiableCredential.");
        }

        context.Credential = credential;
        context.IssuerId = credential.TryGetProperty("issuer", out var issuer)
            ? issuer.ValueKind == JsonValueKind.String ? issuer.GetString()
            : issuer.ValueKind == JsonValueKind.Object && issuer.TryGetProperty("id", out var iid) && iid.ValueKind == JsonValueKind.String ? iid.GetString() : null
            : null;
        return problems.Count > 0
            ? problems
            : Result.One(Name, CheckOutcome.Passed, CheckCodes.FormatOk, "The input holds a " + Describe(context.Envelope) + ".");
    }

    // VC Data Model 1.1 §6.3.1: the registered claims restate the credential; a disagreement means two credentials in one token.
    private List<CheckResult> ClaimsAgree(JsonElement payload, JsonElement vc)
    {
        var problems = new List<CheckResult>();
        if (vc.ValueKind != JsonValueKind.Object)
        {
            return problems;
        }

        void Compare(string claim, string? expected, string what)
        {
            if (payload.TryGetProperty(claim, out var c) && (c.ValueKind != JsonValueKind.String || (expected is not null && c.GetString() != expected)))
            {
                problems.Add(new CheckResult(Name, CheckOutcome.Failed, CheckCodes.FormatClaimsMismatch, $"The token's '{claim}' does not match the credential's {what}.", "/" + claim));
            }
        }

        Compare("iss", Str(vc, "issuer") ?? (vc.TryGetProperty("issuer", out var i) && i.ValueKind == JsonValueKind.Object ? Str(i, "id") : null), "issuer");
        Compare("jti", Str(vc, "id"), "id");
        Compare("sub", vc.TryGetProperty("credentialSubject", out var s) && s.ValueKind == JsonValueKind.Object ? Str(s, "id") : null, "subject id");

        if (payload.TryGetProperty("nbf", out var nbf))
        {
            var date = Str(vc, "issuanceDate") ?? Str(vc, "validFrom");
            if (nbf.ValueKind != JsonValueKind.Number || !nbf.TryGetInt64(out var seconds) || (date is not null && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) && d.ToUnixTimeSeconds() != seconds))
            {
                problems.Add(new CheckResult(Name, CheckOutcome.Failed, CheckCodes.FormatClaimsMismatch, "The token's 'nbf' does not match the credential's issuance date.", "/nbf"));
            }
        }

        if (payload.TryGetProperty("exp", out var exp))
        {
            var date = Str(vc, "expirationDate") ?? Str(vc, "validUntil");
            if (exp.ValueKind != JsonValueKind.Number || !exp.TryGetInt64(out var seconds) || (date is not null && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) && d.ToUnixTimeSeconds() != seconds))
            {
                problems.Add(new CheckResult(Name, CheckOutcome.Failed, CheckCodes.FormatClaimsMismatch, "The token's 'exp' does not match the credential's expiration date.", "/exp"));
            }
        }

        return problems;
    }

    internal static bool HasType(JsonElement credential, string type)
    {
        if (!credential.TryGetProperty("type", out var t))
        {
            return false;
        }

        return t.ValueKind switch
        {
            JsonValueKind.String => t.GetString() == type,
            JsonValueKind.Array => t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && x.GetString() == type),
            _ => false,
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Describe(Envelope e) => e switch
    {
        Envelope.VcJwt11 => "VC-JWT (VC Data Model 1.1)",
        Envelope.VcJose => "VC-JOSE token (vc+jwt)",
        Envelope.DataIntegrity => "credential with a Data Integrity proof",
        Envelope.Jades => "JAdES-sealed credential",
        _ => "credential without a signature",
    };

    private static string Where(JsonException e) =>
        e.LineNumber is long line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {e.BytePositionInLine + 1})") : string.Empty;

    private static string Sentence(string s) => char.ToUpperInvariant(s[0]) + s[1..] + ".";

    private IReadOnlyList<CheckResult> Fail(string code, string message) =>
        Result.One(Name, CheckOutcome.Failed, code, message);
}
