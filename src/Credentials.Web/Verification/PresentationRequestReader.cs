using System.Text;
using System.Text.Json;
using Credentials.Verifier.Presentations;
using Credentials.Web.Composition;

namespace Credentials.Web.Verification;

/// <summary>
/// Reads <c>{"verifiablePresentation": &lt;object or VP-JWT&gt;, "options": {"challenge", "domain", "requireHolderBinding"}}</c>.
/// The challenge is required: a presentation proof without one proves nothing about who is presenting now. Holder
/// binding (a holder, who is every credential's subject) is enforced only when <c>requireHolderBinding</c> is true.
/// </summary>
internal static class PresentationRequestReader
{
    public static (byte[]? Presentation, PresentationExpectations? Expected, string? Error) Read(byte[] body)
    {
        if (RequestBody.ParseStrict(body, out var error) is not { } doc)
        {
            return (null, null, error);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("verifiablePresentation", out var vp))
            {
                return (null, null, "The body must be an object with a verifiablePresentation member.");
            }

            byte[] presentation = vp.ValueKind switch
            {
                JsonValueKind.String => Encoding.UTF8.GetBytes(vp.GetString()!),
                JsonValueKind.Object => Encoding.UTF8.GetBytes(vp.GetRawText()),
                _ => [],
            };
            if (presentation.Length == 0)
            {
                return (null, null, "verifiablePresentation must be a JSON object or a VP-JWT string.");
            }

            if (!root.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Object
                || !options.TryGetProperty("challenge", out var challenge) || challenge.ValueKind != JsonValueKind.String
                || challenge.GetString() is not { Length: > 0 and <= 1024 } expectedChallenge)
            {
                return (null, null, "options.challenge is required: the challenge (nonce) you gave the holder for this presentation.");
            }

            string? domain = null;
            if (options.TryGetProperty("domain", out var d))
            {
                if (d.ValueKind != JsonValueKind.String || d.GetString() is not { Length: > 0 and <= 1024 } expectedDomain)
                {
                    return (null, null, "options.domain must be a non-empty string.");
                }

                domain = expectedDomain;
            }

            var requireBinding = false;
            if (options.TryGetProperty("requireHolderBinding", out var binding))
            {
                if (binding.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return (null, null, "options.requireHolderBinding must be true or false.");
                }

                requireBinding = binding.ValueKind == JsonValueKind.True;
            }

            if (options.EnumerateObject().Any(p => p.Name is not ("challenge" or "domain" or "requireHolderBinding")))
            {
                return (null, null, "options accepts challenge, domain and requireHolderBinding only.");
            }

            return (presentation, new PresentationExpectations(expectedChallenge, domain, requireBinding), null);
        }
    }
}
