using System.Globalization;
using System.Text.Json;
using Credentials.Model.Elm;
using Credentials.Verifier.Checks;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Pipeline;

/// <summary>Reads the display content of a credential; tolerant of anything, never throws.</summary>
internal static class ContentReader
{
    /// <summary>
    /// The content of the credential at <paramref name="pointer"/> in <paramref name="source"/> (UTF-8 JSON the
    /// format already parsed once), read when first asked: the bytes are parsed again then, and only then.
    /// </summary>
    public static Func<CredentialContent?> Later(ReadOnlyMemory<byte> source, string pointer, bool envelopeClaimsProfile) => () =>
    {
        try
        {
            using var document = JsonDocument.Parse(source, Proofs.Formats.CredentialInput.JsonOptions);
            return At(document.RootElement, pointer) is { } credential ? Read(credential, MicroCredentialClaim.Of(envelopeClaimsProfile, credential)) : null;
        }
        catch (JsonException)
        {
            return null; // the format parsed these bytes before; kept only so that a display never throws
        }
    };

    // RFC 6901 over object members, as the formats write their pointers ("/vc"); "" is the document itself.
    private static JsonElement? At(JsonElement root, string pointer)
    {
        var here = root;
        foreach (var token in pointer.Split('/').Skip(1))
        {
            if (here.ValueKind != JsonValueKind.Object || !here.TryGetProperty(token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out here))
            {
                return null;
            }
        }

        return here;
    }

    public static CredentialContent Read(JsonElement credential, bool claimsMicroCredential)
    {
        var types = credential.TryGetProperty("type", out var t)
            ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : t.ValueKind == JsonValueKind.String ? [t.GetString()!] : []
            : [];
        var subject = credential.TryGetProperty("credentialSubject", out var s) && s.ValueKind == JsonValueKind.Object ? Str(s, "id") : null;
        var issuer = credential.TryGetProperty("issuer", out var i)
            ? i.ValueKind == JsonValueKind.String ? i.GetString() : i.ValueKind == JsonValueKind.Object ? Str(i, "id") : null
            : null;

        var elm = global::Credentials.Proofs.Formats.CredentialMembers.HasType(credential, "EuropeanDigitalCredential");
        return new CredentialContent
        {
            Id = Str(credential, "id"),
            Types = types,
            IssuerId = issuer,
            SubjectId = subject,
            Issued = Date(credential, "issued") ?? Date(credential, "issuanceDate") ?? Date(credential, "validFrom"),
            ValidFrom = Date(credential, "validFrom") ?? Date(credential, "issuanceDate"),
            ValidUntil = Date(credential, "expirationDate") ?? Date(credential, "validUntil"),
            MicroCredential = elm ? ElmCredentialReader.Read(credential) : null,
            Elm = elm ? ElmDisplayReader.Read(credential) : null,
            ClaimsMicroCredential = claimsMicroCredential,
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateTimeOffset? Date(JsonElement e, string name) =>
        Str(e, name) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
