namespace Credentials.Verifier.Display;

/// <summary>The display's own phrases (issuer provenance, certificate lines) in English, Finnish and Swedish, for the page and the CLI.</summary>
public static class DisplayTexts
{
    private static readonly Dictionary<string, (string En, string Fi, string Sv)> Texts = new(StringComparer.Ordinal)
    {
        ["note"] = ("note", "huomio", "notering"),
        ["issuerNeutral"] = (
            "The signing key belongs to the issuer id the credential names; who that issuer is, is not confirmed.",
            "Allekirjoitusavain kuuluu todisteessa nimetylle myöntäjätunnukselle; kuka myöntäjä on, ei ole vahvistettu.",
            "Signeringsnyckeln tillhör den utfärdaridentitet som intyget anger; vem utfärdaren är har inte bekräftats."),
        ["identity"] = ("Issuer", "Myöntäjä", "Utfärdare"),
        ["fromList"] = ("confirmed by the trusted list “{0}”", "vahvistettu luotettujen myöntäjien luettelosta ”{0}”", "bekräftat av listan över betrodda utfärdare ”{0}”"),
        ["fromSeal"] = (
            "confirmed by the seal certificate, which chains to a configured trust anchor",
            "vahvistettu sinettivarmenteella, joka ketjuuntuu määritettyyn luottoankkuriin",
            "bekräftat av sigillcertifikatet, som kedjar till ett konfigurerat förtroendeankare"),
        ["asStated"] = ("as the credential states (not confirmed)", "todisteen oman ilmoituksen mukaan (ei vahvistettu)", "enligt intygets egen uppgift (inte bekräftat)"),
        ["checkedAt"] = ("Checked at", "Tarkistettu", "Kontrollerat"),
        ["credentialId"] = ("Credential id", "Todisteen tunniste", "Intygets id"),
        ["annex"] = ("Annex I: {0} of {1} mandatory elements present", "Liite I: {0}/{1} pakollista tietoa annettu", "Bilaga I: {0} av {1} obligatoriska uppgifter finns"),
        ["annexMissing"] = ("missing: {0}", "puuttuu: {0}", "saknas: {0}"),
        ["technical"] = ("Technical details", "Tekniset tiedot", "Tekniska detaljer"),
        ["validFromDate"] = ("valid from {0}", "voimassa {0} alkaen", "giltigt från {0}"),
        ["validUntilDate"] = ("valid until {0}", "voimassa {0} asti", "giltigt till {0}"),
        ["disclosed"] = ("What the holder disclosed", "Mitä haltija paljasti", "Vad innehavaren röjde"),
        ["disclosedNone"] = ("The holder disclosed none of the selectively disclosable claims.", "Haltija ei paljastanut yhtään valikoiden paljastettavaa tietoa.", "Innehavaren röjde inga av de selektivt röjbara uppgifterna."),
        ["withheld"] = (
            "{0} claims withheld (the number includes decoys; which claims they are cannot be known).",
            "{0} tietoa jätetty paljastamatta (lukuun sisältyy harhautuksia; mitä tietoja ne ovat, ei voi tietää).",
            "{0} uppgifter undanhållna (antalet inkluderar lockbeten; vilka uppgifter det är går inte att veta)."),
        ["imageAlt"] = ("The credential's own display image (as the credential states)", "Todisteen oma näyttökuva (todisteen oman ilmoituksen mukaan)", "Intygets egen visningsbild (enligt intygets egen uppgift)"),
    };

    /// <summary>The phrase <paramref name="key"/> in <paramref name="language"/> (en, fi or sv; others read English).</summary>
    public static string Get(string key, string language)
    {
        var t = Texts[key];
        return language switch
        {
            "fi" => t.Fi,
            "sv" => t.Sv,
            _ => t.En,
        };
    }

    /// <summary>The phrase <paramref name="key"/> with its placeholders filled.</summary>
    public static string Format(string key, string language, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(key, language), args);

    /// <summary>Where the issuer's identity comes from, as a phrase (e.g. "as the credential states (not confirmed)").</summary>
    public static string Provenance(Reports.IssuerIdentity identity, string language)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.Confirmed
            ? identity.Source == Reports.IssuerIdentity.SealSource ? Get("fromSeal", language) : Format("fromList", language, identity.Source)
            : Get("asStated", language);
    }
}
