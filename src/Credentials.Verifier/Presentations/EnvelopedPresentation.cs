using System.Text.Json;
using Credentials.Proofs.Formats;
using Credentials.Proofs.Presentations;

namespace Credentials.Verifier.Presentations;

/// <summary>
/// VC Data Model 2.0 §4.13.2: an <c>EnvelopedVerifiablePresentation</c> whose <c>id</c> is a <c>data:</c> URL holding a
/// VP-JWT (<c>application/vp+jwt</c> or <c>application/jwt</c>), in an object whose <c>@context</c> includes the base
/// context (§4.13.2). The token inside is what is verified.
/// </summary>
internal static class EnvelopedPresentation
{
    /// <summary>The token inside an enveloped presentation; null when <paramref name="text"/> is not one.</summary>
    public static string? TryUnwrap(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !CredentialMembers.HasType(root, PresentationContexts.EnvelopedPresentationType)
                || !CredentialMembers.HasBaseContext(root) || CredentialMembers.String(root, "id") is not { } id)
            {
                return null;
            }

            var prefix = PresentationContexts.EnvelopedPresentationPrefixes.FirstOrDefault(p => id.StartsWith(p, StringComparison.Ordinal));
            return prefix is null ? null : id[prefix.Length..];
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
