using Credentials.Model.Status;

namespace Credentials.Verifier.Checks;

/// <summary>
/// What a status entry whose bit is not set says, per purpose, in fi/sv/en: a credential with a revocation and a
/// suspension entry is checked twice, and the generic <c>status.active</c> text ("neither revoked nor suspended")
/// would stand beside "revoked" or "suspended" and contradict it.
/// </summary>
internal static class StatusWords
{
    public static IReadOnlyDictionary<string, string>? NotSet(string purpose) => purpose switch
    {
        StatusPurposeNames.Revocation => Words("The issuer has not revoked the credential.", "Myöntäjä ei ole peruuttanut todistetta.", "Utfärdaren har inte återkallat intyget."),
        StatusPurposeNames.Suspension => Words("The issuer has not suspended the credential.", "Myöntäjä ei ole keskeyttänyt todistetta.", "Utfärdaren har inte tillfälligt spärrat intyget."),
        _ => null,
    };

    private static Dictionary<string, string> Words(string en, string fi, string sv) =>
        new(StringComparer.Ordinal) { ["en"] = en, ["fi"] = fi, ["sv"] = sv };
}
