using System.Text.Json;
using System.Text.RegularExpressions;
using Credentials.Model.Elm;

namespace Credentials.Verifier.Pipeline;

/// <summary>
/// Whether a credential claims to be a micro-credential, the one rule for holding it to Annex I: it comes in one of
/// our micro-credential envelopes, or its Europass display title names it one ("Micro-Credential", as the official
/// Annex I sample does). A Certificate of Participation or a Diploma Supplement makes no such claim.
/// </summary>
internal static partial class MicroCredentialClaim
{
    public static bool Of(VerificationContext context, JsonElement credential) =>
        Of(context.Secured?.ClaimsMicroCredentialProfile == true, credential);

    public static bool Of(bool envelopeClaimsProfile, JsonElement credential) =>
        envelopeClaimsProfile || ByDisplay(ElmDisplayReader.Read(credential));

    public static bool ByDisplay(ElmDisplay display) =>
        display.Kind is { } kind && kind.Any(pair => Named().IsMatch(pair.Value));

    [GeneratedRegex(@"micro[\s\-\u2010\u2011]?credential|mikro(tutkinto|todiste|meriter)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
