using System.Globalization;
using System.Text.Json;
using Credentials.Model.Elm;
using Credentials.Verifier.Checks;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Pipeline;

/// <summary>Reads the display content of a credential; tolerant of anything, never throws.</summary>
internal static class ContentReader
{
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
