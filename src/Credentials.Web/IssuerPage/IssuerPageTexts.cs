using System.Globalization;

namespace Credentials.Web.IssuerPage;

/// <summary>The issuer page's own words in English, Finnish and Swedish; <c>{0}</c> marks a value filled in.</summary>
internal static class IssuerPageTexts
{
    public static IReadOnlyDictionary<string, (string En, string Fi, string Sv)> All { get; } = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal)
    {
        ["title"] = ("Issuer page", "Myöntäjän sivu", "Utfärdarsidan"),
        ["language"] = ("Language", "Kieli", "Språk"),
        ["demo"] = (
            "Demo issuer: do not issue real credentials. This service signs with a published TEST-ONLY key.",
            "Esittelyn myöntäjä: älä myönnä oikeita todisteita. Tämä palvelu allekirjoittaa julkaistulla, vain testaukseen tarkoitetulla avaimella.",
            "Demoutfärdare: utfärda inga riktiga intyg. Tjänsten signerar med en publicerad nyckel som endast är avsedd för test."),
        ["signInTitle"] = ("Sign in", "Kirjaudu sisään", "Logga in"),
        ["signInIntro"] = (
            "Sign in with your issuer's API key. The page keeps you signed in for 8 hours; the key itself is not stored in your browser.",
            "Kirjaudu myöntäjän API-avaimella. Sivu pitää sinut kirjautuneena 8 tuntia; itse avainta ei tallenneta selaimeesi.",
            "Logga in med utfärdarens API-nyckel. Sidan håller dig inloggad i 8 timmar; själva nyckeln sparas inte i din webbläsare."),
        ["apiKey"] = ("API key", "API-avain", "API-nyckel"),
        ["signIn"] = ("Sign in", "Kirjaudu", "Logga in"),
        ["signOut"] = ("Sign out", "Kirjaudu ulos", "Logga ut"),
        ["wrongKey"] = (
            "The API key is not accepted: it is unknown, revoked or another issuer's.",
            "API-avainta ei hyväksytä: se on tuntematon, peruttu tai toisen myöntäjän.",
            "API-nyckeln godtas inte: den är okänd, återkallad eller en annan utfärdares."),
        ["signedInAs"] = ("Signed in as {0} for {1}.", "Kirjautunut: {0}, myöntäjä {1}.", "Inloggad som {0} för {1}."),
        ["navUpload"] = ("Issue a batch", "Myönnä erä", "Utfärda en sats"),
        ["navFind"] = ("Find a learner", "Hae oppija", "Sök en studerande"),
        ["navAudit"] = ("Audit log", "Muutosloki", "Ändringslogg"),
        ["uploadIntro"] = (
            "Choose the batch template (JSON) and the learners file (CSV, TSV or Excel .xlsx, as the student system exports it). Check shows every row's problems; nothing is issued until you press Issue.",
            "Valitse erän pohja (JSON) ja oppijatiedosto (CSV, TSV tai Excel .xlsx, kuten opiskelijatietojärjestelmä sen vie). Tarkista näyttää jokaisen rivin virheet; mitään ei myönnetä ennen kuin painat Myönnä.",
            "Välj satsens mall (JSON) och studerandefilen (CSV, TSV eller Excel .xlsx, så som studieregistret exporterar den). Kontrollera visar varje rads problem; inget utfärdas förrän du trycker på Utfärda."),
        ["templateFile"] = ("Batch template (JSON)", "Erän pohja (JSON)", "Satsens mall (JSON)"),
        ["learnersFile"] = ("Learners file (CSV, TSV, .xlsx)", "Oppijatiedosto (CSV, TSV, .xlsx)", "Studerandefil (CSV, TSV, .xlsx)"),
        ["check"] = ("Check", "Tarkista", "Kontrollera"),
        ["issue"] = ("Issue", "Myönnä", "Utfärda"),
        ["issueChecked"] = ("Issue these {0} credentials", "Myönnä nämä {0} todistetta", "Utfärda dessa {0} intyg"),
        ["noFiles"] = ("Choose both the template and the learners file.", "Valitse sekä pohja että oppijatiedosto.", "Välj både mallen och studerandefilen."),
        ["templateProblem"] = ("The template cannot be used: {0}", "Pohjaa ei voi käyttää: {0}", "Mallen kan inte användas: {0}"),
        ["problems"] = ("{0} problem(s) found; nothing was issued. Fix the file and check it again.", "Löytyi {0} virhettä; mitään ei myönnetty. Korjaa tiedosto ja tarkista se uudelleen.", "{0} problem hittades; inget utfärdades. Rätta filen och kontrollera den igen."),
        ["allValid"] = ("All {0} rows are valid.", "Kaikki {0} riviä ovat kunnossa.", "Alla {0} rader är giltiga."),
        ["noLearners"] = ("The learners file has no learners.", "Oppijatiedostossa ei ole oppijoita.", "Studerandefilen har inga studerande."),
        ["line"] = ("Line", "Rivi", "Rad"),
        ["column"] = ("Column", "Sarake", "Kolumn"),
        ["problem"] = ("Problem", "Virhe", "Problem"),
        ["queueFull"] = ("Too many batches are waiting; try again later.", "Liian monta erää odottaa; yritä myöhemmin uudelleen.", "För många satser väntar; försök igen senare."),
        ["batchTitle"] = ("Batch {0}", "Erä {0}", "Sats {0}"),
        ["progress"] = ("{0} of {1} learners done.", "{0}/{1} oppijaa valmiina.", "{0} av {1} studerande klara."),
        ["state.running"] = ("Issuing…", "Myönnetään…", "Utfärdas…"),
        ["state.completed"] = ("Completed.", "Valmis.", "Klar."),
        ["state.interrupted"] = ("Interrupted: issue the same file again to resume.", "Keskeytyi: myönnä sama tiedosto uudelleen jatkaaksesi.", "Avbruten: utfärda samma fil igen för att fortsätta."),
        ["state.rejected"] = ("Not started: too many batches were waiting.", "Ei aloitettu: liian monta erää odotti.", "Inte påbörjad: för många satser väntade."),
        ["refresh"] = ("Refresh", "Päivitä", "Uppdatera"),
        ["downloads"] = ("Downloads", "Lataukset", "Nedladdningar"),
        ["dlCredentials"] = ("Credentials (ZIP)", "Todisteet (ZIP)", "Intyg (ZIP)"),
        ["dlPdfs"] = ("PDF certificates (ZIP)", "PDF-todistukset (ZIP)", "PDF-intyg (ZIP)"),
        ["dlManifest"] = ("Delivery manifest (CSV)", "Toimitusluettelo (CSV)", "Leveranslista (CSV)"),
        ["unknownBatch"] = ("There is no such batch of this issuer.", "Tällä myöntäjällä ei ole tällaista erää.", "Utfärdaren har ingen sådan sats."),
        ["studentNumber"] = ("Student number", "Opiskelijanumero", "Studentnummer"),
        ["find"] = ("Find", "Hae", "Sök"),
        ["noneFound"] = ("This issuer has no credential for student number {0}.", "Tällä myöntäjällä ei ole todistetta opiskelijanumerolle {0}.", "Utfärdaren har inget intyg för studentnummer {0}."),
        ["badStudentNumber"] = ("Give a student number (at most 64 characters).", "Anna opiskelijanumero (enintään 64 merkkiä).", "Ange ett studentnummer (högst 64 tecken)."),
        ["credential"] = ("Credential", "Todiste", "Intyg"),
        ["template"] = ("Template", "Pohja", "Mall"),
        ["issued"] = ("Issued", "Myönnetty", "Utfärdat"),
        ["status"] = ("Status", "Tila", "Status"),
        ["status.active"] = ("valid", "voimassa", "giltigt"),
        ["status.suspended"] = ("suspended", "keskeytetty", "tillfälligt spärrat"),
        ["status.revoked"] = ("revoked", "peruttu", "återkallat"),
        ["change"] = ("Change", "Muutos", "Ändring"),
        ["action.revoke"] = ("Revoke (permanent)", "Peru (pysyvästi)", "Återkalla (permanent)"),
        ["action.suspend"] = ("Suspend", "Keskeytä", "Spärra tillfälligt"),
        ["action.reinstate"] = ("Reinstate", "Palauta voimaan", "Återställ"),
        ["reason"] = ("Reason", "Syy", "Orsak"),
        ["apply"] = ("Apply", "Tee muutos", "Genomför"),
        ["changed"] = ("Credential {0} is now {1}.", "Todiste {0} on nyt {1}.", "Intyg {0} är nu {1}."),
        ["already"] = ("Credential {0} is already {1}; nothing changed.", "Todiste {0} on jo {1}; mitään ei muutettu.", "Intyg {0} är redan {1}; inget ändrades."),
        ["notFound"] = ("No credential {0} of this issuer is in the registry.", "Rekisterissä ei ole tämän myöntäjän todistetta {0}.", "Registret har inget intyg {0} av denna utfärdare."),
        ["noStatusEntry"] = ("Credential {0} was issued without a status entry, so no verifier could see the change; nothing changed.", "Todiste {0} myönnettiin ilman tilamerkintää, joten kukaan tarkistaja ei näkisi muutosta; mitään ei muutettu.", "Intyg {0} utfärdades utan statuspost, så ingen verifierare skulle se ändringen; inget ändrades."),
        ["refusedRevoked"] = ("Credential {0} is revoked, and revocation is permanent.", "Todiste {0} on peruttu, ja peruminen on pysyvä.", "Intyg {0} är återkallat, och återkallelse är permanent."),
        ["badChange"] = ("Choose an action and give a reason (at most 1000 characters).", "Valitse toiminto ja anna syy (enintään 1000 merkkiä).", "Välj en åtgärd och ange en orsak (högst 1000 tecken)."),
        ["auditIntro"] = ("The 50 most recent status changes of this issuer's credentials, newest first.", "Tämän myöntäjän todisteiden 50 viimeisintä tilamuutosta, uusin ensin.", "De 50 senaste statusändringarna av utfärdarens intyg, nyaste först."),
        ["auditEmpty"] = ("No status changes yet.", "Ei vielä tilamuutoksia.", "Inga statusändringar ännu."),
        ["at"] = ("When (UTC)", "Milloin (UTC)", "När (UTC)"),
        ["actor"] = ("By", "Tekijä", "Av"),
        ["formExpired"] = (
            "The form has expired or did not come from this page: reload the page and try again.",
            "Lomake on vanhentunut tai ei tullut tältä sivulta: lataa sivu uudelleen ja yritä uudestaan.",
            "Formuläret har gått ut eller kom inte från denna sida: ladda om sidan och försök igen."),
        ["tooLarge"] = ("The upload is larger than the size limit.", "Lähetys ylittää kokorajan.", "Uppladdningen är större än storleksgränsen."),
    };

    public static string Get(string key, string language)
    {
        var t = All[key];
        return language switch
        {
            "fi" => t.Fi,
            "sv" => t.Sv,
            _ => t.En,
        };
    }

    public static string Format(string key, string language, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), values);
}
