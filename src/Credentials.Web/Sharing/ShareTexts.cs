namespace Credentials.Web.Sharing;

/// <summary>The share page's own words, by stable code, in English, Finnish and Swedish.</summary>
internal static class ShareTexts
{
    public const string Unknown = "share.unknown";
    public const string Expired = "share.expired";
    public const string Revoked = "share.revoked";
    public const string Withdrawn = "share.withdrawn";
    public const string Notice = "share.notice";
    public const string LinkedIn = "share.linkedin";

    private static readonly Dictionary<string, (string En, string Fi, string Sv)> Texts = new(StringComparer.Ordinal)
    {
        [Unknown] = (
            "This link does not exist. Check that it was copied in full.",
            "Tätä linkkiä ei ole. Tarkista, että se on kopioitu kokonaan.",
            "Den här länken finns inte. Kontrollera att den har kopierats i sin helhet."),
        [Expired] = (
            "This share link has expired. Ask the learner for a new link.",
            "Tämä jakolinkki on vanhentunut. Pyydä opiskelijalta uusi linkki.",
            "Den här delningslänken har gått ut. Be den studerande om en ny länk."),
        [Revoked] = (
            "This share link has been revoked. Ask the learner for a new link.",
            "Tämä jakolinkki on peruttu. Pyydä opiskelijalta uusi linkki.",
            "Den här delningslänken har återkallats. Be den studerande om en ny länk."),
        [Withdrawn] = (
            "This credential has been withdrawn from sharing at the learner's request.",
            "Tämä todistus on poistettu jaosta opiskelijan pyynnöstä.",
            "Detta intyg har tagits bort från delning på den studerandes begäran."),
        [Notice] = (
            "Shared by the learner through a link valid until {0}.",
            "Opiskelija on jakanut tämän linkillä, joka on voimassa {0} asti.",
            "Delat av den studerande via en länk som gäller till {0}."),
        [LinkedIn] = ("Add to LinkedIn profile", "Lisää LinkedIn-profiiliin", "Lägg till i LinkedIn-profilen"),
    };

    /// <summary>Every code with its texts, for README's table and its test.</summary>
    public static IReadOnlyDictionary<string, (string En, string Fi, string Sv)> All => Texts;

    public static string Get(string code, string language)
    {
        var (en, fi, sv) = Texts[code];
        return language switch { "fi" => fi, "sv" => sv, _ => en };
    }
}
