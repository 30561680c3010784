using System.Globalization;
using System.Text.Json;

namespace Credentials.Documents.Certificates;

/// <summary>The credential's id and issuing time, from an ELM document or a VC-JWT payload.</summary>
internal sealed record CredentialHeader(string? Id, DateTimeOffset? Issued)
{
    public static CredentialHeader Read(JsonElement credential)
    {
        var payload = credential;
        if (credential.ValueKind == JsonValueKind.Object && credential.TryGetProperty("vc", out var vc) && vc.ValueKind == JsonValueKind.Object)
        {
            credential = vc;
        }

        var id = String(credential, "id") ?? String(payload, "jti");
        var issued = Date(String(credential, "issued") ?? String(credential, "issuanceDate") ?? String(credential, "validFrom"));
        if (issued is null && payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("nbf", out var nbf) && nbf.TryGetInt64(out var seconds))
        {
            issued = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return new CredentialHeader(id, issued);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static DateTimeOffset? Date(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
