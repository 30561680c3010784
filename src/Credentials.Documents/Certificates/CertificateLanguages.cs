using Credentials.Model.MicroCredentials;

namespace Credentials.Documents.Certificates;

/// <summary>
/// The order of a certificate's pages: the learner's language first, then the other languages of Finland's
/// universities (fi, sv, en) that the credential's title carries, then any further title languages.
/// </summary>
internal static class CertificateLanguages
{
    private static readonly string[] Labelled = ["fi", "sv", "en"];

    public static IReadOnlyList<string> Order(MicroCredential credential, string? learnerLanguage)
    {
        var titleLanguages = credential.Template.Title?.Keys.Select(k => k.ToLowerInvariant()).ToList() ?? [];
        var first = (learnerLanguage ?? credential.Template.PrimaryLanguage).ToLowerInvariant();
        var order = new List<string> { first };
        order.AddRange(Labelled.Where(titleLanguages.Contains));
        order.AddRange(titleLanguages.Order(StringComparer.Ordinal));
        return order.Distinct(StringComparer.Ordinal).ToList();
    }
}
